package org.baclo.knowledge;

import java.util.List;
import org.baclo.units.Milligrams;

/** Baclofen on dialysis (BACLOFEN.md §5). */
public record DialysisRule(Severity severity, String advice, Milligrams suggestedDaily, List<String> source,
        Confidence confidence) implements Sourced {
}
