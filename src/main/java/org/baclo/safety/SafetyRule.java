package org.baclo.safety;

import java.util.List;

/**
 * One safety rule: looks at a regimen and patient and returns its findings (none when it
 * does not apply).
 */
@FunctionalInterface
public interface SafetyRule {

    List<Finding> apply(CheckInput in);

}
