package org.baclo.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Frequency;
import org.baclo.units.Milligrams;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TitrationPlannerTest {

    private final TitrationPlanner planner = new TitrationPlanner(TestPatients.K, TestPatients.CLOCK);

    private Regimen plan(TestPatients p, String target, PlanOptions o) {
        return planner.plan(new TitrationRequest(p.build(), Milligrams.of(target), Optional.empty(), o));
    }

    private static List<String> daily(Regimen r) {
        return r.steps().stream().map(s -> s.dailyMg().value().toPlainString()).toList();
    }

    @Test
    @DisplayName("label schedule [LBL-TAB]: 5 mg TID, +5 mg per dose every 3 days → 15, 30, 45, 60 mg/day")
    void labelSchedule() {
        Regimen r = plan(TestPatients.adult(), "60", TestPatients.options());
        assertThat(daily(r)).containsExactly("15", "30", "45", "60");
        assertThat(r.steps()).extracting(Step::startDate)
            .containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 7),
                    LocalDate.of(2025, 3, 10));
        assertThat(r.steps().get(0).doses()).extracting(Dose::time)
            .containsExactly(LocalTime.of(8, 0), LocalTime.of(14, 0), LocalTime.of(20, 0));
        assertThat(r.lastStep().endDate()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(r.frequency()).isEqualTo(Frequency.TID);
    }

    @Test
    @DisplayName("MODERATE band [VLAV-2014, AJKD-2017, BACLO-A]: 2.5 mg TID start, +2.5 mg per dose every 7 days,"
            + " cap 40 mg/day rounded down to 37.5 mg/day at TID")
    void moderateBand() {
        Regimen r = plan(TestPatients.adult().age(72).female().weight(60).creatinine(1.4), "60",
                TestPatients.options());
        assertThat(daily(r)).containsExactly("7.5", "15", "22.5", "30", "37.5", "40");
        assertThat(r.steps().get(0).doses().get(0).mg()).isEqualTo(Milligrams.of("2.5"));
        assertThat(r.steps().get(1).startDate()).isEqualTo(LocalDate.of(2025, 3, 8));
        // the cap 40 mg/day is reached with an uneven split: 12.5 + 12.5 + 15 mg
        assertThat(r.lastStep().doses()).extracting(Dose::mg)
            .containsExactly(Milligrams.of("12.5"), Milligrams.of("12.5"), Milligrams.of("15"));
        assertThat(r.appliedRules()).extracting(AppliedRule::text)
            .anyMatch(t -> t.contains("MODERATE") && t.contains("cap 40 mg/day"))
            .anyMatch(t -> t.contains("Target 60 mg/day is above"));
        assertThat(r.targetMgDay()).contains(Milligrams.of("60"));
    }

    @Test
    @DisplayName("MILD band: start 5 mg BID; the cap 53 mg/day rounds down to 52.5 (17.5 mg × 3) at TID")
    void mildBand() {
        Regimen bid = plan(TestPatients.adult().crcl(60), "40", TestPatients.options());
        assertThat(bid.frequency()).isEqualTo(Frequency.BID);
        assertThat(daily(bid)).containsExactly("10", "20", "30", "40");
        Regimen tid = plan(TestPatients.adult().crcl(60), "80", TestPatients.options().withFrequency(Frequency.TID));
        assertThat(tid.peakDailyMg()).isEqualTo(Milligrams.of("52.5"));
        // the band's start of 10 mg/day at TID: 2.5 + 2.5 + 5 mg (larger dose later)
        assertThat(tid.steps().get(0).dailyMg()).isEqualTo(Milligrams.of("10"));
        assertThat(tid.steps().get(0).doses()).extracting(Dose::mg)
            .containsExactly(Milligrams.of("2.5"), Milligrams.of("2.5"), Milligrams.of("5"));
    }

    @Test
    @DisplayName("issue 9 done [LBL-TAB]: target 80 reaches 20 mg QID — 15, 30, 45, 60 TID, then the fourth dose"
            + " (+20 mg/day, the label's own last step), QID times spread over the waking day")
    void labelQidStep() {
        Regimen r = plan(TestPatients.adult(), "80", TestPatients.options());
        assertThat(daily(r)).containsExactly("15", "30", "45", "60", "80");
        assertThat(r.lastStep().doses()).extracting(Dose::mg).containsOnly(Milligrams.of("20")).hasSize(4);
        assertThat(r.lastStep().doses()).extracting(Dose::time)
            .containsExactly(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(16, 0), LocalTime.of(20, 0));
        assertThat(r.lastStep().startDate()).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(r.frequency()).isEqualTo(Frequency.QID);
        assertThat(r.appliedRules()).extracting(AppliedRule::text).anyMatch(t -> t.contains("moves to QID"));
    }

    @Test
    @DisplayName("issue 9 done [REV-SPAS, A]: target 20 mg/day TID is 5 + 5 + 10 mg (larger dose later); 40 is"
            + " 10 + 15 + 15")
    void unevenSplit() {
        Regimen r = plan(TestPatients.adult(), "20", TestPatients.options());
        assertThat(r.lastStep().doses()).extracting(Dose::mg)
            .containsExactly(Milligrams.of("5"), Milligrams.of("5"), Milligrams.of("10"));
        Regimen forty = plan(TestPatients.adult(), "40", TestPatients.options());
        assertThat(forty.lastStep().doses()).extracting(Dose::mg)
            .containsExactly(Milligrams.of("10"), Milligrams.of("15"), Milligrams.of("15"));
    }

    @Test
    @DisplayName("QID chosen: each step within the 15 mg/day step limit, reaches 80 mg/day; granules start at 15"
            + " mg/day (three packets), never above the start")
    void qid() {
        Regimen r = plan(TestPatients.adult(), "80", TestPatients.options().withFrequency(Frequency.QID));
        assertThat(r.steps().get(0).doses()).hasSize(4);
        assertThat(r.steps().get(0).dailyMg()).isEqualTo(Milligrams.of("15"));
        Regimen granules = plan(TestPatients.adult(), "80",
                TestPatients.options().withFrequency(Frequency.QID).withProduct("granules"));
        assertThat(granules.steps().get(0).dailyMg()).isEqualTo(Milligrams.of("15"));
        assertThat(granules.peakDailyMg()).isEqualTo(Milligrams.of("80"));
        assertThat(r.peakDailyMg()).isEqualTo(Milligrams.of("80"));
        for (int i = 1; i < r.steps().size(); i++) {
            assertThat(r.steps().get(i).dailyMg().minus(r.steps().get(i - 1).dailyMg()).value())
                .isLessThanOrEqualTo(new java.math.BigDecimal("15"));
        }
    }

    @Test
    @DisplayName("from a current dose: the first rise is one step above it")
    void fromCurrent() {
        Regimen r = planner.plan(new TitrationRequest(TestPatients.adult().build(), Milligrams.of("45"),
                Optional.of(Milligrams.of("15")), TestPatients.options()));
        assertThat(daily(r)).containsExactly("30", "45");
        assertThat(r.fromMgDay()).contains(Milligrams.of("15"));
    }

    @Test
    @DisplayName("dialysis: SEVERE start, capped at about 5 mg daily [LBL-CA, AJKD-2017]")
    void dialysis() {
        Regimen r = plan(TestPatients.adult().crcl(10).dialysis(), "30", TestPatients.options());
        assertThat(daily(r)).containsExactly("5");
        assertThat(r.frequency()).isEqualTo(Frequency.BID);
    }

    @Test
    @DisplayName("a liquid plan makes every dose on its 0.5 mL grid")
    void liquid() {
        Regimen r = plan(TestPatients.adult(), "30", TestPatients.options().withProduct("solution-1mg-ml"));
        assertThat(r.steps().get(0).doses().get(0).amount()).isInstanceOf(LiquidAmount.class);
        assertThat(r.steps().get(0).doses().get(0).amount().text()).isEqualTo("5 mL of 1 mg/mL");
    }

    @Test
    @DisplayName("impossible requests are errors naming the field")
    void errors() {
        assertThatThrownBy(() -> plan(TestPatients.adult(), "52", TestPatients.options()))
            .isInstanceOf(InvalidRequestException.class)
            .hasMessageStartingWith("targetMgDay: 52 mg/day cannot be" + " split into 3 doses")
            .hasMessageContaining("50 mg/day or 52.5 mg/day");
        assertThatThrownBy(() -> plan(TestPatients.adult(), "30", TestPatients.options().withProduct("pill")))
            .hasMessageStartingWith("product: unknown product 'pill'");
        assertThatThrownBy(
                () -> plan(TestPatients.adult(), "30", TestPatients.options().withStep(Milligrams.of("3"), null)))
            .hasMessageStartingWith("stepMg: 3 mg is not a whole number");
        assertThatThrownBy(() -> planner.plan(new TitrationRequest(TestPatients.adult().build(), Milligrams.of("30"),
                Optional.of(Milligrams.of("45")), TestPatients.options())))
            .hasMessageStartingWith("targetMgDay:");
        assertThatThrownBy(() -> new TitrationRequest(TestPatients.adult().build(), Milligrams.ZERO, Optional.empty(),
                TestPatients.options()))
            .hasMessageStartingWith("targetMgDay: must be greater");
    }

    @Test
    @DisplayName("without a start date the plan starts today in the patient's zone (the clock)")
    void startsToday() {
        Regimen r = plan(TestPatients.adult(), "30", PlanOptions.defaults());
        assertThat(r.steps().get(0).startDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

}
