package org.baclo.diary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.baclo.app.FieldProblem;
import org.baclo.app.InvalidInputException;
import org.baclo.followup.DiaryDose;
import org.baclo.followup.DoseCalendar;
import org.baclo.followup.DueDose;
import org.baclo.followup.Observation;
import org.baclo.followup.SideEffectNames;
import org.baclo.knowledge.Knowledge;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.baclo.units.Milligrams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-tap records of the patient's Today page: a due dose taken (now or at a stated
 * time today) or skipped (with a reason), an extra dose, and today's scales. A due dose
 * has one client id per day and time, so a second tap on it is a duplicate, never a
 * second dose. Audited; alerts re-evaluated when the record commits.
 */
@Service
public class TodayActions {

    static final BigDecimal MAX_EXTRA_MG = new BigDecimal("100");

    private final PatientAccess access;

    private final AuditService audit;

    private final PlanRegimens plans;

    private final DiaryStore store;

    private final ApplicationEventPublisher events;

    private final SideEffectNames effects;

    private final Clock clock;

    TodayActions(PatientAccess access, AuditService audit, PlanRegimens plans, DiaryStore store,
            ApplicationEventPublisher events, Knowledge knowledge, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.plans = plans;
        this.store = store;
        this.events = events;
        this.effects = new SideEffectNames(knowledge);
        this.clock = clock;
    }

    /** The side effects a patient may pick (the knowledge list). */
    public List<String> sideEffects() {
        return effects.names();
    }

    /**
     * Records a due dose of today taken ({@code skipReason} null) or skipped; false when
     * already recorded.
     */
    @Transactional
    public boolean due(BacloPrincipal user, long patientId, String dueId, String time, String skipReason,
            boolean skipped) {
        Patient p = access.require(user, patientId, "DIARY_RECORD");
        ZoneId zone = ZoneId.of(p.timeZone());
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        DueDose due = plans.active(patientId)
            .map(r -> new DoseCalendar(r.regimen()).on(today))
            .orElse(List.of())
            .stream()
            .filter(d -> FollowUpViews.dueId(today, d.dose().time()).equals(dueId))
            .findFirst()
            .orElseThrow(() -> invalid(patientId, "dose", "This dose is not due today; reload the page."));
        String reason = skipReason == null ? "" : skipReason.strip();
        if (skipped && (reason.isEmpty() || reason.length() > 200)) {
            throw invalid(patientId, "reason",
                    reason.isEmpty() ? "Say why the dose was skipped (a few words)." : "At most 200 characters.");
        }
        OffsetDateTime at = skipped ? due.due().toOffsetDateTime() : at(patientId, time, zone, today);
        DiaryDose d = new DiaryDose(dueId, at, skipped ? DiaryDose.Status.SKIPPED : DiaryDose.Status.TAKEN,
                skipped ? Optional.empty() : Optional.of(due.dose().mg()),
                skipped ? Optional.of(reason) : Optional.empty());
        return saved(user, patientId, store.insert(patientId, d, user.username(), clock.instant()),
                (skipped ? "skipped " : "taken ") + dueId);
    }

    /** Records an extra dose today. */
    @Transactional
    public void extra(BacloPrincipal user, long patientId, BigDecimal mg, String time) {
        Patient p = access.require(user, patientId, "DIARY_RECORD");
        ZoneId zone = ZoneId.of(p.timeZone());
        if (mg == null || mg.signum() <= 0 || mg.compareTo(MAX_EXTRA_MG) > 0) {
            throw invalid(patientId, "mg", "Enter the extra dose in mg (above 0, at most " + MAX_EXTRA_MG + ").");
        }
        OffsetDateTime at = at(patientId, time, zone, clock.instant().atZone(zone).toLocalDate());
        store.insert(patientId, new DiaryDose("extra-" + UUID.randomUUID(), at, DiaryDose.Status.EXTRA,
                Optional.of(new Milligrams(mg)), Optional.empty()), user.username(), clock.instant());
        saved(user, patientId, true, "extra " + mg + " mg");
    }

    /** Today's scales; every value is optional, at least one is needed. */
    public record Scales(Integer spasticity, Integer pain, Integer sleep, Integer pennFrequency, Integer pennSeverity,
            String effect, String effectSeverity, String note) {
    }

    @Transactional
    public int scales(BacloPrincipal user, long patientId, Scales s) {
        Patient p = access.require(user, patientId, "DIARY_RECORD");
        OffsetDateTime now = clock.instant().atZone(ZoneId.of(p.timeZone())).toOffsetDateTime();
        List<Observation> list = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        nrs(s.spasticity(), "spasticity", Observation.Nrs.SPASTICITY, now, list, problems);
        nrs(s.pain(), "pain", Observation.Nrs.PAIN, now, list, problems);
        nrs(s.sleep(), "sleep", Observation.Nrs.SLEEP, now, list, problems);
        if (s.pennFrequency() != null) {
            try {
                list.add(new Observation.Penn(id(), now, s.pennFrequency(),
                        s.pennFrequency() == 0 ? Optional.empty() : Optional.ofNullable(s.pennSeverity())));
            }
            catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(e.getMessage().startsWith("severity") ? "pennSeverity" : "pennFrequency",
                        sentence(e.getMessage())));
            }
        }
        if (s.effect() != null && !s.effect().isBlank()) {
            Optional<String> effect = effects.find(s.effect());
            Optional<Observation.EffectSeverity> sev = parse(s.effectSeverity());
            String note = s.note() == null ? "" : s.note().strip();
            if (effect.isEmpty()) {
                problems.add(new FieldProblem("effect", "Pick a side effect from the list."));
            }
            else if (sev.isEmpty()) {
                problems.add(new FieldProblem("effectSeverity", "Say how strong it is: mild, moderate or severe."));
            }
            else if (note.length() > 1000) {
                problems.add(new FieldProblem("note", "At most 1000 characters."));
            }
            else {
                list.add(new Observation.SideEffect(id(), now, effect.get(), sev.get(),
                        note.isEmpty() ? Optional.empty() : Optional.of(note)));
            }
        }
        if (problems.isEmpty() && list.isEmpty()) {
            problems.add(new FieldProblem("spasticity", "Enter at least one score."));
        }
        if (!problems.isEmpty()) {
            audit.record("DIARY_RECORD", patientId, AuditOutcome.INVALID, problems.get(0).field());
            throw new InvalidInputException(problems);
        }
        list.forEach(o -> store.insert(patientId, o, user.username(), clock.instant()));
        saved(user, patientId, true, list.size() + " observation(s)");
        return list.size();
    }

    private static void nrs(Integer value, String field, Observation.Nrs scale, OffsetDateTime at,
            List<Observation> list, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (value < 0 || value > 10) {
            problems.add(new FieldProblem(field, "Choose a number from 0 to 10."));
        }
        else {
            list.add(new Observation.Score(id(), at, scale, value));
        }
    }

    private static Optional<Observation.EffectSeverity> parse(String s) {
        for (Observation.EffectSeverity e : Observation.EffectSeverity.values()) {
            if (e.wireName().equals(s)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private OffsetDateTime at(long patientId, String time, ZoneId zone, LocalDate today) {
        ZonedDateTime now = clock.instant().atZone(zone);
        if (time == null || time.isBlank()) {
            return now.toOffsetDateTime();
        }
        LocalTime t;
        try {
            t = LocalTime.parse(time.strip());
        }
        catch (DateTimeParseException e) {
            throw invalid(patientId, "time", "Enter a time of day such as 08:30.");
        }
        ZonedDateTime at = today.atTime(t).atZone(zone);
        if (at.isAfter(now)) {
            throw invalid(patientId, "time", "This time is still to come; record the dose when you take it.");
        }
        return at.toOffsetDateTime();
    }

    private boolean saved(BacloPrincipal user, long patientId, boolean created, String what) {
        audit.record("DIARY_RECORD", patientId, AuditOutcome.OK, (created ? "" : "already recorded: ") + what);
        if (created) {
            events.publishEvent(new FollowUpDataChanged(patientId));
        }
        return created;
    }

    private InvalidInputException invalid(long patientId, String field, String message) {
        audit.record("DIARY_RECORD", patientId, AuditOutcome.INVALID, field);
        return new InvalidInputException(field, message);
    }

    private static String id() {
        return "web-" + UUID.randomUUID();
    }

    private static String sentence(String m) {
        String t = m.contains(": ") ? m.substring(m.indexOf(": ") + 2) : m;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1) + (t.endsWith(".") ? "" : ".");
    }

}
