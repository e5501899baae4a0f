package org.baclo.followup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baclo.knowledge.FollowUpRules;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.Regimen;

/**
 * The follow-up rules between visits (BACLOFEN.md §3, §4, §7, §11): a regimen and the
 * patient's diary give the adherence per day and per ISO week and the alerts that hold at
 * a given instant. Deterministic: the same regimen, diary and instant give the same
 * result, whatever order the diary's events arrived in.
 */
public final class FollowUpEngine {

    private final Knowledge knowledge;

    public FollowUpEngine(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** Adherence and alerts at {@code now}; events after {@code now} are ignored. */
    public FollowUpResult evaluate(Regimen regimen, Diary diary, Instant now) {
        DoseCalendar calendar = new DoseCalendar(regimen);
        ZoneId zone = regimen.timeZone();
        List<DiaryDose> doses = diary.dosesUntil(now);
        Adherence adherence = adherence(calendar, doses, now, zone);
        List<Alert> alerts = new ArrayList<>();
        FollowUpRules rules = knowledge.followUp();
        DiaryRules dr = new DiaryRules(knowledge, rules, calendar, zone);
        dr.withdrawal(doses, now).ifPresent(alerts::add);
        dr.seriousEvent(diary.observations(), now).ifPresent(alerts::add);
        dr.spasticityTrend(diary.observations(), now).ifPresent(alerts::add);
        dr.overDose(doses, now).ifPresent(alerts::add);
        dr.missedDoses(doses, now).ifPresent(alerts::add);
        alerts.sort(Comparator.comparing(Alert::severity).reversed().thenComparing(Alert::code));
        return new FollowUpResult(adherence, alerts);
    }

    /**
     * Adherence alone at {@code now} (reports): the same days and weeks as
     * {@link #evaluate}.
     */
    public static Adherence adherence(Regimen regimen, Diary diary, Instant now) {
        return adherence(new DoseCalendar(regimen), diary.dosesUntil(now), now, regimen.timeZone());
    }

    static Adherence adherence(DoseCalendar calendar, List<DiaryDose> doses, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate last = today.isAfter(calendar.lastDay()) ? calendar.lastDay() : today;
        Map<LocalDate, Integer> takenByDay = new LinkedHashMap<>();
        for (DiaryDose d : doses) {
            if (d.status() == DiaryDose.Status.TAKEN) {
                takenByDay.merge(d.at().atZoneSameInstant(zone).toLocalDate(), 1, Integer::sum);
            }
        }
        List<Adherence.Period> days = new ArrayList<>();
        Map<LocalDate, int[]> weeks = new LinkedHashMap<>();
        for (LocalDate day = calendar.firstDay(); !day.isAfter(last); day = day.plusDays(1)) {
            int planned = (int) calendar.on(day).stream().filter(o -> !o.due().toInstant().isAfter(now)).count();
            if (planned == 0 && calendar.stepOn(day).map(s -> s.isStop()).orElse(true)) {
                continue;
            }
            Adherence.Period p = Adherence.Period.of(day, planned, takenByDay.getOrDefault(day, 0));
            days.add(p);
            int[] w = weeks.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    k -> new int[2]);
            w[0] += p.planned();
            w[1] += p.taken();
        }
        List<Adherence.Period> weekList = new ArrayList<>();
        weeks.forEach((start, w) -> weekList.add(Adherence.Period.of(start, w[0], w[1])));
        return new Adherence(days, weekList);
    }

    /** The result of one evaluation: alerts are sorted most severe first. */
    public record FollowUpResult(Adherence adherence, List<Alert> alerts) {
        public FollowUpResult {
            alerts = List.copyOf(alerts);
        }

        public Optional<Alert> alert(AlertCode code) {
            return alerts.stream().filter(a -> a.code() == code).findFirst();
        }

        public boolean hasCritical() {
            return alerts.stream().anyMatch(a -> a.severity() == org.baclo.knowledge.Severity.CRITICAL);
        }
    }

    static Duration days(long n) {
        return Duration.ofDays(n);
    }

}
