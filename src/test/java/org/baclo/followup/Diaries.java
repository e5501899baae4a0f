package org.baclo.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.RegimenDraft;
import org.baclo.units.Milligrams;

/**
 * Regimens and diaries for the follow-up tests, in Europe/Paris (DST on 2026-03-29 and
 * 2026-10-25).
 */
final class Diaries {

    static final Knowledge K = KnowledgeLoader.fromClasspath();
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static int ids;

    private Diaries() {
    }

    /**
     * One step of {@code mgPerDose} at each of {@code times}, from {@code start} for
     * {@code days} days.
     */
    static Regimen plan(String start, int days, String mgPerDose, String... times) {
        return plan(start, days, mgPerDose, List.of(), times);
    }

    static Regimen plan(String start, int days, String mgPerDose, List<RegimenDraft.StepDraft> more, String... times) {
        List<RegimenDraft.DoseDraft> doses = new ArrayList<>();
        for (String t : times) {
            doses.add(new RegimenDraft.DoseDraft(t, new BigDecimal(mgPerDose), null, null));
        }
        BigDecimal daily = new BigDecimal(mgPerDose).multiply(BigDecimal.valueOf(times.length));
        List<RegimenDraft.StepDraft> steps = new ArrayList<>();
        steps.add(
                new RegimenDraft.StepDraft(start, LocalDate.parse(start).plusDays(days - 1L).toString(), daily, doses));
        steps.addAll(more);
        return new RegimenDraft(null, null, null, ZONE.getId(), null, null, null, null, steps).toRegimen(K, ZONE);
    }

    static OffsetDateTime at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), ZONE).toOffsetDateTime();
    }

    static DiaryDose taken(String localDateTime, String mg) {
        return new DiaryDose("d" + (++ids), at(localDateTime), DiaryDose.Status.TAKEN, Optional.of(Milligrams.of(mg)),
                Optional.empty());
    }

    static DiaryDose extra(String localDateTime, String mg) {
        return new DiaryDose("d" + (++ids), at(localDateTime), DiaryDose.Status.EXTRA, Optional.of(Milligrams.of(mg)),
                Optional.empty());
    }

    static DiaryDose skipped(String localDateTime) {
        return new DiaryDose("d" + (++ids), at(localDateTime), DiaryDose.Status.SKIPPED, Optional.empty(),
                Optional.of("forgot"));
    }

    /** Every planned dose of the days {@code from}..{@code to} taken on time. */
    static List<DiaryDose> allTaken(Regimen r, String from, String to) {
        List<DiaryDose> out = new ArrayList<>();
        for (DueDose d : new DoseCalendar(r).between(LocalDate.parse(from), LocalDate.parse(to))) {
            out.add(new DiaryDose("d" + (++ids), d.due().toOffsetDateTime(), DiaryDose.Status.TAKEN,
                    Optional.of(d.dose().mg()), Optional.empty()));
        }
        return out;
    }

    static Observation.Score spasticity(String localDateTime, int value) {
        return new Observation.Score("o" + (++ids), at(localDateTime), Observation.Nrs.SPASTICITY, value);
    }

    static Observation.SideEffect effect(String localDateTime, String effect, Observation.EffectSeverity severity) {
        return new Observation.SideEffect("o" + (++ids), at(localDateTime), effect, severity, Optional.empty());
    }

    static LocalTime time(String t) {
        return LocalTime.parse(t);
    }

}
