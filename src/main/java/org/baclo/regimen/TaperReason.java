package org.baclo.regimen;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why baclofen is lowered. Only a serious adverse reaction may justify a fast taper or
 * stop (BACLOFEN.md §4, [LBL-TAB, LBL-OZO]; the list of fast reasons is
 * {@code taper.fastReasons} in dosing.yaml).
 */
public enum TaperReason {

    ROUTINE, NO_BENEFIT, SERIOUS_ADVERSE_REACTION;

    /** "routine", "no-benefit", "serious-adverse-reaction". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TaperReason parse(String field, String text) {
        return Arrays.stream(values())
            .filter(r -> r.id().equalsIgnoreCase(text == null ? "" : text.trim()))
            .findFirst()
            .orElseThrow(() -> new InvalidRequestException(field, "unknown reason '" + text + "'; allowed: "
                    + Arrays.stream(values()).map(TaperReason::id).collect(Collectors.joining(", "))));
    }

}
