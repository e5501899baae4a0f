package org.baclo.knowledge;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** Starting the pump after screening. */
public record PumpStart(String rule, BigDecimal factor, Duration sameDoseIfEffectLongerThan, List<String> source,
        Confidence confidence) implements Sourced {
}
