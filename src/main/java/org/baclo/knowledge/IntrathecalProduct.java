package org.baclo.knowledge;

import java.util.List;
import org.baclo.units.McgPerMl;

/** An intrathecal baclofen product and the concentrations it comes in (always mcg/mL). */
public record IntrathecalProduct(String id, String name, List<McgPerMl> concentrations, List<String> source,
        Confidence confidence) implements Sourced {
    public IntrathecalProduct {
        concentrations = List.copyOf(concentrations);
        source = List.copyOf(source);
    }
}
