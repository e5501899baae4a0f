package org.baclo.patient;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.baclo.app.BoundedCache;
import org.baclo.knowledge.Indication;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Substance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds {@link PatientSummary} views: derived values are computed on read, never stored
 * (kept in memory per record version and day, see {@link #of}).
 */
@Component
public class PatientSummaries {

    private final Knowledge knowledge;

    private final PatientContexts contexts;

    private final Clock clock;

    private final int creatinineMaxAgeDays;

    PatientSummaries(Knowledge knowledge, PatientContexts contexts, Clock clock,
            @Value("${baclo.creatinine-max-age-days:90}") int creatinineMaxAgeDays) {
        this.knowledge = knowledge;
        this.contexts = contexts;
        this.clock = clock;
        this.creatinineMaxAgeDays = creatinineMaxAgeDays;
    }

    /**
     * Summaries made before, by everything they depend on: the record (id, version, last
     * change) and the day, on the server and in the patient's zone (ages, old creatinine,
     * the kidney estimate). Every list and worklist shows a summary of each patient.
     */
    private record Key(long id, int version, Instant updatedAt, LocalDate today, LocalDate patientToday) {
    }

    private final BoundedCache<Key, PatientSummary> cache = new BoundedCache<>(20_000);

    public PatientSummary of(Patient p) {
        if (p.id() == null || p.version() == null || p.updatedAt() == null) {
            return make(p);
        }
        Key key = new Key(p.id(), p.version(), p.updatedAt(), LocalDate.now(clock),
                LocalDate.now(clock.withZone(ZoneId.of(p.timeZone()))));
        return cache.get(key, k -> make(p));
    }

    private PatientSummary make(Patient p) {
        LocalDate today = LocalDate.now(clock);
        PatientSummary.Creatinine creat = p.creatinineValue() == null ? null
                : new PatientSummary.Creatinine(p.creatinineValue(), p.creatinineUnit(), p.creatinineDate(),
                        p.creatinineDate() != null
                                && ChronoUnit.DAYS.between(p.creatinineDate(), today) > creatinineMaxAgeDays,
                        creatinineMaxAgeDays);
        List<PatientSummary.MedicationView> meds = p.medicationNames().stream().map(this::medication).toList();
        String indicationName = knowledge.indication(p.indication()).map(Indication::name).orElse(p.indication());
        return new PatientSummary(p.id(), p.name(), p.dateOfBirth(), Period.between(p.dateOfBirth(), today).getYears(),
                p.sex(), p.weightKg(), p.heightCm(), creat, p.measuredCrclMlMin(), p.dialysis(), p.pregnant(),
                p.conditionIds()
                    .stream()
                    .map(c -> new PatientSummary.ConditionView(c, knowledge.condition(c).map(x -> x.name()).orElse(c)))
                    .toList(),
                meds, p.indication(), indicationName, p.timeZone(), p.careTeamId(), contexts.renal(p), p.updatedAt(),
                p.version() == null ? 0 : p.version());
    }

    private PatientSummary.MedicationView medication(String name) {
        return knowledge.substance(name)
            .map(s -> view(name, s))
            .orElse(new PatientSummary.MedicationView(name, false, null, null, List.of()));
    }

    private static PatientSummary.MedicationView view(String name, Substance s) {
        return new PatientSummary.MedicationView(name, true, s.name(), s.atc(), s.classes());
    }

}
