package org.baclo.education;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baclo.knowledge.Confidence;
import org.baclo.knowledge.Sourced;

/**
 * One line of a topic: a label (e.g. "dizziness"), an optional short value ("5–15%"), an optional longer text,
 * and where it comes from. {@code data} holds machine-readable extras (ids, codes) for JSON output.
 */
public record Entry(String label, String value, String text, List<String> source, Confidence confidence,
        Map<String, Object> data) {
    public Entry {
        source = List.copyOf(source);
        data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static Entry of(String label, String value, String text, Sourced s) {
        return new Entry(label, value, text, s.source(), s.confidence(), Map.of());
    }

    public Entry with(String key, Object value) {
        Map<String, Object> d = new LinkedHashMap<>(data);
        d.put(key, value);
        return new Entry(label, this.value, text, source, confidence, d);
    }
}
