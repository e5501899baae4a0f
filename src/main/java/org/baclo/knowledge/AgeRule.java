package org.baclo.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * An age-based precaution: applies when {@code minAge <= age} and/or
 * {@code age < maxAge}.
 */
public record AgeRule(String id, Optional<Integer> minAge, Optional<Integer> maxAge, Severity severity, String rule,
        Optional<String> note, List<String> source, Confidence confidence) implements Sourced {

    public boolean appliesTo(int ageYears) {
        return minAge.map(m -> ageYears >= m).orElse(true) && maxAge.map(m -> ageYears < m).orElse(true);
    }
}
