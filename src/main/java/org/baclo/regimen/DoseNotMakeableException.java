package org.baclo.regimen;

import java.util.List;
import java.util.stream.Collectors;
import org.baclo.units.Milligrams;

/**
 * A dose the chosen product cannot make exactly; the message names the nearest doses it
 * can make.
 */
public class DoseNotMakeableException extends InvalidRequestException {

    private final transient List<Milligrams> nearest;

    public DoseNotMakeableException(String field, Milligrams dose, String product, List<Milligrams> nearest) {
        super(field, dose + " cannot be made exactly from " + product + "; nearest possible doses: "
                + nearest.stream().map(Milligrams::toString).collect(Collectors.joining(", ")));
        this.nearest = List.copyOf(nearest);
    }

    public List<Milligrams> nearest() {
        return nearest;
    }

}
