package org.baclo.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Adherence of a report's period (issue 13): per ISO week, counting only the period's
 * days, as taken of due with a rounded percentage; and the daily symptom means the trend
 * chart draws.
 */
class AdherencePeriodTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 30);

    private static Adherence.Period day(int offset, int planned, int taken) {
        return Adherence.Period.of(MON.plusDays(offset), planned, taken);
    }

    @Test
    void weeks_of_a_period_count_only_its_days() {
        // Sat 28 Nov .. Tue 8 Dec: 3 doses due a day
        Adherence a = new Adherence(List.of(day(-2, 3, 3), day(-1, 3, 0), day(0, 3, 3), day(1, 3, 2), day(2, 3, 3),
                day(7, 3, 1), day(8, 3, 3)), List.of());
        List<Adherence.Period> weeks = a.weeksBetween(MON.minusDays(1), MON.plusDays(7));
        assertThat(weeks).extracting(Adherence.Period::start).containsExactly(MON.minusDays(7), MON, MON.plusDays(7));
        // Sunday only (Saturday is before the period)
        assertThat(weeks.get(0)).isEqualTo(new Adherence.Period(MON.minusDays(7), 3, 0, Optional.of(0)));
        // 8 of 9 -> 89 %
        assertThat(weeks.get(1)).isEqualTo(new Adherence.Period(MON, 9, 8, Optional.of(89)));
        // the second Tuesday is after the period
        assertThat(weeks.get(2)).isEqualTo(new Adherence.Period(MON.plusDays(7), 3, 1, Optional.of(33)));
        Adherence.Period all = a.totalBetween(MON.minusDays(1), MON.plusDays(7));
        assertThat(all.planned()).isEqualTo(15);
        assertThat(all.taken()).isEqualTo(9);
        assertThat(all.percent()).contains(60);
    }

    @Test
    void a_period_without_due_doses_has_no_percentage() {
        Adherence a = new Adherence(List.of(day(0, 3, 3)), List.of());
        assertThat(a.weeksBetween(MON.plusDays(1), MON.plusDays(5))).isEmpty();
        assertThat(a.totalBetween(MON.plusDays(1), MON.plusDays(5)).percent()).isEmpty();
    }

    @Test
    void daily_symptom_means_by_the_patients_day() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        OffsetDateTime morning = OffsetDateTime.parse("2026-12-01T08:00:00+01:00");
        // 23:30 UTC on 1 Dec is 00:30 on 2 Dec in Paris
        OffsetDateTime lateUtc = OffsetDateTime.parse("2026-12-01T23:30:00Z");
        Diary d = new Diary(List.of(),
                List.of(new Observation.Score("a", morning, Observation.Nrs.PAIN, 4),
                        new Observation.Score("b", morning.plusHours(10), Observation.Nrs.PAIN, 7),
                        new Observation.Penn("c", morning, 2, Optional.of(1)),
                        new Observation.Score("d", lateUtc, Observation.Nrs.SLEEP, 3), new Observation.SideEffect("e",
                                morning, "drowsiness", Observation.EffectSeverity.MILD, Optional.empty())));
        var means = d.dailyScoreMeans(paris);
        assertThat(means.get(LocalDate.of(2026, 12, 1))).containsOnlyKeys("pain-nrs", "penn")
            .containsEntry("pain-nrs", 5.5)
            .containsEntry("penn", 2.0);
        assertThat(means.get(LocalDate.of(2026, 12, 2))).containsOnlyKeys("sleep-nrs");
    }

}
