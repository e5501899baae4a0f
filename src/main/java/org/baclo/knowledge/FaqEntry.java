package org.baclo.knowledge;

import java.util.List;

/** A patient question answered in plain language from the facts named in its sources. */
public record FaqEntry(String id, String topic, String question, String answer, List<String> source,
        Confidence confidence) implements Sourced {
}
