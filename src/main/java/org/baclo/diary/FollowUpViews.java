package org.baclo.diary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.diary.PlanRegimens.PlanRegimen;
import org.baclo.followup.Diary;
import org.baclo.followup.DiaryDose;
import org.baclo.followup.DoseCalendar;
import org.baclo.followup.DueDose;
import org.baclo.followup.FollowUpEngine;
import org.baclo.knowledge.Knowledge;
import org.baclo.followup.Observation;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.regimen.Step;
import org.baclo.report.FollowUpDocument;
import org.baclo.report.TimelineChart;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the follow-up pages show: the patient's "Today" (doses due from the active plan
 * with product amounts, what was recorded, dose changes ahead, open alerts) and the
 * clinician's timeline (planned vs taken daily dose, symptom scores, alerts marked).
 * Access-checked and audited.
 */
@Service
public class FollowUpViews {

    /** Days ahead in which a dose change is announced on the Today page. */
    static final int ANNOUNCE_DAYS = 7;

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final PatientAccess access;

    private final AuditService audit;

    private final PlanRegimens plans;

    private final DiaryStore diary;

    private final AlertStore alerts;

    private final Clock clock;

    private final Knowledge knowledge;

    FollowUpViews(PatientAccess access, AuditService audit, PlanRegimens plans, DiaryStore diary, AlertStore alerts,
            Clock clock, Knowledge knowledge) {
        this.knowledge = knowledge;
        this.access = access;
        this.audit = audit;
        this.plans = plans;
        this.diary = diary;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * One dose due today: its id for the one-tap forms, time, amount, and what was
     * recorded for it.
     */
    public record TodayDose(String dueId, String time, String mg, String amount, String recorded) {
    }

    /** The Today page. */
    public record Today(long patientId, LocalDate date, String zone, boolean hasPlan, List<TodayDose> doses,
            List<String> extras, List<String> changesAhead, List<String> scoresToday, List<StoredAlert> alerts) {
    }

    @Transactional(readOnly = true)
    public Today today(BacloPrincipal user, long patientId) {
        Patient p = access.require(user, patientId, "TODAY_READ");
        ZoneId zone = ZoneId.of(p.timeZone());
        Instant now = clock.instant();
        LocalDate date = now.atZone(zone).toLocalDate();
        Diary d = diary.between(patientId, date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
        Map<String, DiaryDose> byId = new HashMap<>();
        d.doses().forEach(x -> byId.put(x.id(), x));
        List<TodayDose> doses = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        Optional<PlanRegimen> active = plans.active(patientId);
        if (active.isPresent()) {
            DoseCalendar calendar = new DoseCalendar(active.get().regimen());
            for (DueDose due : calendar.on(date)) {
                String id = dueId(due.due().toLocalDate(), due.dose().time());
                DiaryDose rec = byId.get(id);
                doses.add(new TodayDose(id, HM.format(due.dose().time()), due.dose().mg().toString(),
                        due.dose().amount().text(),
                        rec == null ? null
                                : rec.status() == DiaryDose.Status.SKIPPED
                                        ? "skipped" + rec.reason().map(r -> " (" + r + ")").orElse("")
                                        : "taken at " + HM.format(rec.at().atZoneSameInstant(zone))));
            }
            Optional<Step> current = calendar.stepOn(date);
            for (Step s : active.get().regimen().steps()) {
                boolean ahead = s.startDate().isAfter(date) && !s.startDate().isAfter(date.plusDays(ANNOUNCE_DAYS));
                boolean differs = current
                    .map(c -> c.dailyMg().compareTo(s.dailyMg()) != 0 || c.doses().size() != s.doses().size())
                    .orElse(true);
                if (ahead && differs) {
                    changes.add("From " + DoseWords.day(s.startDate(), date) + ": " + DoseWords.step(s));
                }
                current = ahead ? Optional.of(s) : current;
            }
            if (current.isPresent() && calendar.lastDay().isBefore(date.plusDays(ANNOUNCE_DAYS))
                    && !calendar.lastDay().isBefore(date) && !current.get().isStop()) {
                changes.add("The plan ends after " + DoseWords.day(calendar.lastDay(), date) + ". Do not stop"
                        + " baclofen suddenly: ask your clinic what to take next.");
            }
        }
        List<String> extras = d.doses()
            .stream()
            .filter(x -> x.status() == DiaryDose.Status.EXTRA)
            .map(x -> "Extra dose of " + x.intakeMg() + " at " + HM.format(x.at().atZoneSameInstant(zone)))
            .toList();
        List<String> scores = d.observations()
            .stream()
            .map(o -> HM.format(o.at().atZoneSameInstant(zone)) + " " + describe(o))
            .toList();
        audit.record("TODAY_READ", patientId, AuditOutcome.OK, doses.size() + " dose(s) due");
        return new Today(patientId, date, zone.getId(), active.isPresent(), doses, extras, changes, scores,
                alerts.open(patientId));
    }

    /**
     * The client id of a due dose recorded from the Today page: one record per due dose,
     * whatever the taps.
     */
    static String dueId(LocalDate day, LocalTime time) {
        return "due-" + day + "T" + HM.format(time);
    }

    static String describe(Observation o) {
        if (o instanceof Observation.Score s) {
            return switch (s.scale()) {
                case SPASTICITY -> "spasticity " + s.value() + "/10";
                case PAIN -> "pain " + s.value() + "/10";
                case SLEEP -> "sleep disruption " + s.value() + "/10";
            };
        }
        if (o instanceof Observation.Penn p) {
            return "spasm frequency " + p.frequency() + p.severity().map(x -> ", severity " + x).orElse("");
        }
        if (o instanceof Observation.SideEffect e) {
            return "side effect: " + e.effect() + " (" + e.severity().wireName() + ")";
        }
        if (o instanceof Observation.Walk w) {
            return "25-foot walk " + w.seconds().toPlainString() + " s";
        }
        Observation.Ashworth a = (Observation.Ashworth) o;
        return "Modified Ashworth " + a.muscle() + " " + a.side().wireName() + ": " + a.grade().label();
    }

    /**
     * The follow-up engine's result for the patient at {@code at}: adherence and alerts
     * of the active plan and the stored diary, as {@code baclo followup --format json}
     * prints them for the same plan and diary. Empty without an active plan.
     */
    @Transactional(readOnly = true)
    public Optional<FollowUpDocument> evaluate(BacloPrincipal user, long patientId, Instant at) {
        access.require(user, patientId, "FOLLOWUP_READ");
        Optional<FollowUpDocument> doc = plans.active(patientId)
            .map(p -> FollowUpDocument.of(new FollowUpEngine(knowledge).evaluate(p.regimen(), diary.all(patientId), at),
                    p.regimen().timeZone()));
        audit.record("FOLLOWUP_READ", patientId, AuditOutcome.OK, "at " + at);
        return doc;
    }

    /** The clinician's follow-up page: the timeline chart and the patient's alerts. */
    public record Timeline(long patientId, String name, String svg, List<StoredAlert> open, List<StoredAlert> all) {
    }

    @Transactional(readOnly = true)
    public Timeline timeline(BacloPrincipal user, long patientId, int days, Instant now) {
        access.requireClinician(user, patientId, "TIMELINE_READ");
        Patient p = access.require(user, patientId, "TIMELINE_READ");
        ZoneId zone = ZoneId.of(p.timeZone());
        LocalDate last = now.atZone(zone).toLocalDate();
        LocalDate first = last.minusDays(days - 1L);
        Diary d = diary.between(patientId, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        List<PlanRegimens.PlannedSteps> history = plans.historySteps(patientId);
        Map<LocalDate, BigDecimal> taken = new HashMap<>();
        d.doses()
            .stream()
            .filter(DiaryDose::isIntake)
            .forEach(x -> taken.merge(x.at().atZoneSameInstant(zone).toLocalDate(), x.intakeMg().value(),
                    BigDecimal::add));
        Map<LocalDate, Map<String, Double>> scores = d.dailyScoreMeans(zone);
        List<TimelineChart.Day> list = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            list.add(new TimelineChart.Day(day, planned(history, day).orElse(null), taken.get(day),
                    scores.getOrDefault(day, Map.of())));
        }
        List<StoredAlert> all = alerts.all(patientId);
        List<TimelineChart.Marker> markers = all.stream()
            .filter(a -> a.status() != StoredAlert.Status.CLOSED
                    || !a.closedAt().isBefore(first.atStartOfDay(zone).toInstant()))
            .map(a -> new TimelineChart.Marker(
                    a.since().atZone(zone).toLocalDate().isBefore(first) ? first : a.since().atZone(zone).toLocalDate(),
                    a.severity().name(), a.code().name()))
            .distinct()
            .toList();
        String svg = TimelineChart.svg(new TimelineChart.Spec("Follow-up: the last " + days + " days",
                first + " to " + last + " (" + zone.getId() + ")", list,
                List.of("spasticity-nrs", "pain-nrs", "sleep-nrs"), List.of("Spasticity", "Pain", "Sleep disruption"),
                markers));
        audit.record("TIMELINE_READ", patientId, AuditOutcome.OK, first + ".." + last);
        return new Timeline(patientId, p.name(), svg, alerts.open(patientId), all);
    }

    /**
     * The daily dose planned on a day: the newest plan in force that day (a superseded
     * plan until it was).
     */
    static Optional<BigDecimal> planned(List<PlanRegimens.PlannedSteps> history, LocalDate day) {
        for (int i = history.size() - 1; i >= 0; i--) {
            PlanRegimens.PlannedSteps r = history.get(i);
            if (r.supersededOn().map(s -> !day.isBefore(s)).orElse(false)) {
                continue;
            }
            Optional<BigDecimal> mg = r.steps().stepDoseOn(day);
            if (mg.isPresent()) {
                return mg;
            }
        }
        return Optional.empty();
    }

}
