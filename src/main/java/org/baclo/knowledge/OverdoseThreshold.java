package org.baclo.knowledge;

import java.util.List;
import org.baclo.units.Milligrams;

/** An ingested amount above which severe toxicity was predicted. */
public record OverdoseThreshold(String text, Milligrams amount, List<String> source,
        Confidence confidence) implements Sourced {
}
