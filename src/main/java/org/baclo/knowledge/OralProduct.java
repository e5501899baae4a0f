package org.baclo.knowledge;

import java.util.List;
import java.util.Optional;
import org.baclo.units.MgPerMl;
import org.baclo.units.Milligrams;

/**
 * An oral baclofen product family: tablets or granule packets in unit strengths, or a
 * liquid of one concentration. Solid forms have {@code strengths} and no concentration;
 * liquids the reverse.
 */
public record OralProduct(String id, String name, List<String> brands, OralForm form, List<Milligrams> strengths,
        Optional<MgPerMl> concentration, boolean scored, Optional<String> notes, List<String> source,
        Confidence confidence) implements Sourced {
    public OralProduct {
        brands = List.copyOf(brands);
        strengths = List.copyOf(strengths);
        source = List.copyOf(source);
    }
}
