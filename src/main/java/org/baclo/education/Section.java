package org.baclo.education;

import java.util.List;

/** A titled group of entries within a topic. */
public record Section(String heading, String intro, List<Entry> entries) {
    public Section {
        entries = List.copyOf(entries);
    }
}
