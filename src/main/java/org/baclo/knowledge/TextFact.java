package org.baclo.knowledge;

import java.util.List;

/** A sourced statement shown as it is. */
public record TextFact(String id, String text, List<String> source, Confidence confidence) implements Sourced {
}
