package org.baclo.regimen;

import java.time.LocalTime;
import java.util.List;
import org.baclo.knowledge.Knowledge;

/** The default dose times (dosing.yaml) for a number of doses a day. */
public final class DefaultTimes {

    private DefaultTimes() {
    }

    /**
     * @throws InvalidRequestException naming {@code doses} when no frequency has
     * {@code n} doses a day
     */
    public static List<LocalTime> of(Knowledge k, int n) {
        return k.dosing()
            .oral()
            .frequencies()
            .stream()
            .filter(f -> f.dosesPerDay() == n)
            .findFirst()
            .map(f -> PlanSupport.defaultTimes(k.dosing().oral(), f))
            .orElseThrow(() -> new InvalidRequestException("doses", "give 2, 3 or 4 doses a day; got " + n));
    }

}
