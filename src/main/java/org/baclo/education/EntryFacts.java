package org.baclo.education;

import java.math.BigDecimal;
import java.util.List;

/**
 * The machine-readable extras of an {@link Entry} (ids, codes, numbers) for JSON output;
 * each is null when the entry has none. A typed record, so the JSON of a topic has one
 * shape in the CLI and the API.
 */
public record EntryFacts(String id, String atc, String status, String band, String severity,
        BigDecimal frequencyMinPercent, BigDecimal frequencyMaxPercent, List<String> signs, String findingCode,
        String effect, List<String> substances, String model, String form) {

    public static final EntryFacts NONE = new EntryFacts(null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    public EntryFacts {
        signs = signs == null ? null : List.copyOf(signs);
        substances = substances == null ? null : List.copyOf(substances);
    }
}
