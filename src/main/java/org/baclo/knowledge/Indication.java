package org.baclo.knowledge;

import java.util.List;

/** A use of baclofen and what the label says about it. */
public record Indication(String id, String name, IndicationStatus status, String text, List<String> source,
        Confidence confidence) implements Sourced {
}
