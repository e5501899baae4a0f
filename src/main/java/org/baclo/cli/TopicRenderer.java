package org.baclo.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baclo.education.Entry;
import org.baclo.education.Section;
import org.baclo.education.Topic;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Source;

/** Renders an education topic as readable text (wrapped, with sources) or as JSON. */
final class TopicRenderer {
    static final String NOTICE = "Baclo supports, and does not replace, a clinician's judgement.";
    private static final int WIDTH = 100;

    private TopicRenderer() {
    }

    static String text(Topic t, Knowledge k) {
        StringBuilder out = new StringBuilder();
        out.append(t.title().toUpperCase()).append('\n').append("=".repeat(t.title().length())).append('\n');
        wrap(out, t.summary(), "");
        for (Section s : t.sections()) {
            out.append('\n').append(s.heading()).append('\n').append("-".repeat(s.heading().length())).append('\n');
            if (s.intro() != null) {
                wrap(out, s.intro(), "");
            }
            for (Entry e : s.entries()) {
                String head = "• " + e.label() + (e.value() == null ? "" : ": " + e.value());
                wrap(out, head + "  [" + String.join(", ", e.source()) + "; " + e.confidence() + "]", "  ");
                if (e.text() != null) {
                    wrap(out, e.text(), "    ", "    ");
                }
            }
        }
        out.append("\nSources\n-------\n");
        for (String key : t.sourceKeys()) {
            wrap(out, key + ": " + k.source(key).map(Source::citation).orElse("?"), "  ");
        }
        out.append("\nConfidence: V verified in a label or paper; S secondary summary; A product assumption;"
                + " U unverified, information only.\n");
        out.append(NOTICE).append('\n');
        return out.toString();
    }

    static Map<String, Object> json(Topic t, Knowledge k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topic", t.id());
        m.put("title", t.title());
        m.put("summary", t.summary());
        List<Object> sections = new ArrayList<>();
        for (Section s : t.sections()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("heading", s.heading());
            if (s.intro() != null) {
                sm.put("intro", s.intro());
            }
            List<Object> entries = new ArrayList<>();
            for (Entry e : s.entries()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("label", e.label());
                if (e.value() != null) {
                    em.put("value", e.value());
                }
                if (e.text() != null) {
                    em.put("text", e.text());
                }
                em.putAll(e.data());
                em.put("source", e.source());
                em.put("confidence", e.confidence().name());
                entries.add(em);
            }
            sm.put("entries", entries);
            sections.add(sm);
        }
        m.put("sections", sections);
        List<Object> sources = new ArrayList<>();
        for (String key : t.sourceKeys()) {
            sources.add(Map.of("key", key, "citation", k.source(key).map(Source::citation).orElse("?")));
        }
        m.put("sources", sources);
        m.put("notice", NOTICE);
        return m;
    }

    /** Greedy word wrap at {@link #WIDTH} columns with a hanging indent. */
    static void wrap(StringBuilder out, String text, String indent) {
        wrap(out, text, indent, indent + "  ");
    }

    static void wrap(StringBuilder out, String text, String indent, String continuation) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split("\\s+")) {
            if (!line.toString().isBlank() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(continuation);
            }
            if (!line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
