package org.baclo.knowledge;

import java.util.List;
import java.util.Optional;

/** An outcome scale (BACLOFEN.md §11): categorical values or a numeric range. */
public record Scale(String id, String name, String rater, boolean perMuscleGroup, List<String> values,
        List<String> labels, Optional<Range> range, Optional<String> loinc, Optional<String> unit,
        Optional<String> note, List<String> source, Confidence confidence) implements Sourced {
}
