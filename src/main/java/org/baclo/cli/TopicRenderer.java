package org.baclo.cli;

import org.baclo.education.Entry;
import org.baclo.education.Section;
import org.baclo.education.Topic;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Source;
import org.baclo.report.TopicDocument;

/** Renders an education topic as readable text (wrapped, with sources) or as JSON. */
final class TopicRenderer {

    static final String NOTICE = org.baclo.report.Notice.TEXT;

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

    static TopicDocument json(Topic t, Knowledge k) {
        return TopicDocument.of(t, k);
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
