package org.baclo.regimen;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a regimen does: raise the dose to a target, lower it (to a lower dose or to stop),
 * or hold it.
 */
public enum PlanKind {

    TITRATE, TAPER,
    /** Keep one daily dose for a stated time (a hand-made single-step regimen). */
    MAINTAIN;

    /** "titrate" or "taper", as the CLI and plan files write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PlanKind parse(String field, String text) {
        return Arrays.stream(values())
            .filter(k -> k.id().equalsIgnoreCase(text == null ? "" : text.trim()))
            .findFirst()
            .orElseThrow(() -> new InvalidRequestException(field, "unknown kind '" + text + "'; allowed: "
                    + Arrays.stream(values()).map(PlanKind::id).collect(Collectors.joining(", "))));
    }

}
