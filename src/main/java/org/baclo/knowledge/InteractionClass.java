package org.baclo.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A class of co-medication that interacts with baclofen (BACLOFEN.md §8). A route limits
 * the class to intrathecal or oral baclofen.
 */
public record InteractionClass(String id, String name, String effect, Severity severity, String findingCode,
        Optional<String> route, List<String> source, Confidence confidence) implements Sourced {
}
