package org.baclo.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads sources.yaml (first: every entry's source key is checked against it). */
final class SourcesReader {

    private SourcesReader() {
    }

    static Map<String, Source> readSources(Node file) {
        Map<String, Source> out = new LinkedHashMap<>();
        for (Node n : file.entries("sources", "source", "key")) {
            String key = n.text("key");
            String citation = n.text("citation");
            String url = n.optText("url").orElse(null);
            if (url != null && !url.startsWith("https://")) {
                n.problem("url", "a source link starts with https://");
            }
            n.finish();
            if (key != null && out.putIfAbsent(key, new Source(key, citation, url)) != null) {
                n.problem("key", "duplicate source key '" + key + "'");
            }
        }
        file.finish();
        file.problems().sourceKeys(out.keySet());
        return out;
    }

}
