package org.baclo.regimen;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baclo.knowledge.Frequency;
import org.baclo.units.Milligrams;

/**
 * Choices shared by the titration and taper planners; every one optional except the
 * product. Values slower than the defaults are followed; faster ones are followed too,
 * and the check reports them (never silently).
 *
 * @param productId an oral product id from products.yaml, e.g. "tablet" or
 * "solution-1mg-ml"
 * @param stepMg the change per dose at each step
 * @param intervalDays days between steps
 * @param startDate the first day of the plan; empty means today in the patient's time
 * zone
 * @param doseTimes local times of the doses; empty means the defaults for the frequency
 * @param maintenanceDays how long the last step lasts; empty means one step interval
 * @param override a clinician's reason for planning beyond a blocking rule (off-label
 * use, a child, a renal speed limit); shown with the plan
 */
public record PlanOptions(String productId, Optional<Frequency> frequency, Optional<Milligrams> stepMg,
        Optional<Integer> intervalDays, Optional<LocalDate> startDate, List<LocalTime> doseTimes,
        Optional<Integer> maintenanceDays, Optional<String> override) {

    /** The product used when none is chosen. */
    public static final String DEFAULT_PRODUCT = "tablet";

    public PlanOptions {
        Objects.requireNonNull(productId, "productId");
        doseTimes = List.copyOf(doseTimes);
        stepMg.filter(Milligrams::isZero).ifPresent(s -> {
            throw new InvalidRequestException("stepMg", "must be greater than 0 mg");
        });
        intervalDays.filter(d -> d < 1).ifPresent(d -> {
            throw new InvalidRequestException("intervalDays", "must be 1 day or more; got " + d);
        });
        maintenanceDays.filter(d -> d < 1).ifPresent(d -> {
            throw new InvalidRequestException("maintenanceDays", "must be 1 day or more; got " + d);
        });
        override = override.map(String::trim);
        override.filter(String::isEmpty).ifPresent(s -> {
            throw new InvalidRequestException("override", "give the clinical reason for the override");
        });
    }

    /** All defaults, tablets. */
    public static PlanOptions defaults() {
        return new PlanOptions(DEFAULT_PRODUCT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty());
    }

    public PlanOptions withProduct(String id) {
        return new PlanOptions(id, frequency, stepMg, intervalDays, startDate, doseTimes, maintenanceDays, override);
    }

    public PlanOptions withFrequency(Frequency f) {
        return new PlanOptions(productId, Optional.of(f), stepMg, intervalDays, startDate, doseTimes, maintenanceDays,
                override);
    }

    public PlanOptions withStartDate(LocalDate d) {
        return new PlanOptions(productId, frequency, stepMg, intervalDays, Optional.of(d), doseTimes, maintenanceDays,
                override);
    }

    public PlanOptions withStep(Milligrams step, Integer interval) {
        return new PlanOptions(productId, frequency, Optional.ofNullable(step), Optional.ofNullable(interval),
                startDate, doseTimes, maintenanceDays, override);
    }

    public PlanOptions withOverride(String reason) {
        return new PlanOptions(productId, frequency, stepMg, intervalDays, startDate, doseTimes, maintenanceDays,
                Optional.ofNullable(reason));
    }
}
