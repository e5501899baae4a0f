package org.baclo.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.baclo.knowledge.Frequency;
import org.baclo.units.Milligrams;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * BACLOFEN.md §4: taper mirrors the titration; at least 7 days in all from above 15
 * mg/day [LBL-CA, BACLO-A].
 */
class TaperPlannerTest {

    private final TaperPlanner planner = new TaperPlanner(TestPatients.K, TestPatients.CLOCK);

    private Regimen taper(String from, String to, PlanOptions o) {
        return planner.plan(new TaperRequest(TestPatients.adult().build(), Milligrams.of(from), Milligrams.of(to),
                TaperReason.ROUTINE, o));
    }

    private static List<String> daily(Regimen r) {
        return r.steps().stream().map(s -> s.dailyMg().value().toPlainString()).toList();
    }

    @Test
    @DisplayName("60 mg/day to stop: −15 mg/day every 3 days, 15 mg/day held 7 days (§4: 0 no sooner than 7 days"
            + " after the last day above 15 mg/day), then a one-day stop step")
    void fromSixty() {
        Regimen r = taper("60", "0", TestPatients.options());
        assertThat(daily(r)).containsExactly("45", "30", "15", "0");
        assertThat(r.steps().get(2).days()).isEqualTo(7);
        assertThat(r.lastStep().startDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(r.appliedRules()).anySatisfy(a -> assertThat(a.text()).contains("held 7 days"));
        assertThat(r.lastStep().doses()).isEmpty();
        assertThat(r.kind()).isEqualTo(PlanKind.TAPER);
    }

    @Test
    @DisplayName("30 mg/day to stop: stretched so the taper lasts at least 7 days")
    void stretched() {
        Regimen r = taper("30", "0", TestPatients.options());
        long days = ChronoUnit.DAYS.between(r.steps().get(0).startDate(), r.lastStep().startDate());
        assertThat(days).isGreaterThanOrEqualTo(7);
        assertThat(r.appliedRules()).extracting(AppliedRule::text).anyMatch(t -> t.contains("at least 7 days"));
    }

    @Test
    @DisplayName("a dose that does not split evenly first drops to the nearest makeable dose within the step")
    void unevenStart() {
        Regimen r = taper("50", "0", TestPatients.options());
        assertThat(daily(r).get(0)).isEqualTo("35"); // 10 + 10 + 15 mg: −15 mg/day,
                                                     // uneven split
        assertThat(r.steps().get(0).doses()).extracting(Dose::mg)
            .containsExactly(Milligrams.of("10"), Milligrams.of("10"), Milligrams.of("15"));
    }

    @Test
    @DisplayName("issue 9 done: a taper from 80 mg/day stays QID (never 26.7 mg TID); targets 40, 20, 10 TID plan")
    void keepsFrequency() {
        Regimen r = taper("80", "0", TestPatients.options());
        assertThat(r.frequency()).isEqualTo(Frequency.QID);
        r.steps().stream().filter(s -> !s.isStop()).forEach(s -> assertThat(s.doses()).hasSize(4));
        assertThat(r.steps().get(0).dailyMg()).isEqualTo(Milligrams.of("65"));
        for (String to : List.of("40", "20", "10")) {
            assertThat(taper("60", to, TestPatients.options()).lastStep().dailyMg()).isEqualTo(Milligrams.of(to));
        }
    }

    @Test
    @DisplayName("to a lower dose: ends at that dose, no stop step")
    void toLower() {
        Regimen r = taper("60", "30", TestPatients.options());
        assertThat(daily(r)).containsExactly("45", "30");
        assertThat(r.lastStep().isStop()).isFalse();
    }

    @Test
    @DisplayName("a chosen fast step is followed as given (the check reports it)")
    void chosenStep() {
        Regimen r = taper("60", "0", TestPatients.options().withStep(Milligrams.of("20"), 1));
        assertThat(daily(r)).containsExactly("0");
        Regimen qid = taper("60", "0", TestPatients.options().withFrequency(Frequency.QID));
        for (int i = 1; i < qid.steps().size(); i++) {
            assertThat(qid.steps().get(i - 1).dailyMg().minus(qid.steps().get(i).dailyMg()).value())
                .isLessThanOrEqualTo(new java.math.BigDecimal("15"));
        }
    }

}
