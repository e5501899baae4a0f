package org.baclo.knowledge;

import java.util.List;
import org.baclo.units.Millilitres;

/**
 * How doses are made from products (product assumption, BACLOFEN.md §3 "Product
 * defaults").
 */
public record Rounding(boolean tabletHalvesOfScored, Millilitres liquidStep, List<String> source,
        Confidence confidence) implements Sourced {
}
