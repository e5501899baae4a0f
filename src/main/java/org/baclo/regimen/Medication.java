package org.baclo.regimen;

import java.util.Objects;
import java.util.Optional;
import org.baclo.knowledge.Substance;

/**
 * A co-medication as entered, and the substance it resolved to. An unknown name is kept
 * (substance empty) so that the check can report it ({@code UNKNOWN_MEDICATION}); it is
 * never dropped.
 */
public record Medication(String entered, Optional<Substance> substance) {
    public Medication {
        Objects.requireNonNull(entered, "entered");
        Objects.requireNonNull(substance, "substance");
    }

    public boolean isKnown() {
        return substance.isPresent();
    }

    /** "oxycodone" or "Xanax (alprazolam)". */
    public String label() {
        return substance.map(s -> s.name().equalsIgnoreCase(entered) ? s.name() : entered + " (" + s.name() + ")")
            .orElse(entered);
    }
}
