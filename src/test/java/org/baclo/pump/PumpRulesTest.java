package org.baclo.pump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.baclo.followup.Alert;
import org.baclo.followup.AlertCode;
import org.baclo.followup.Observation;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.knowledge.Severity;
import org.baclo.safety.Finding;
import org.baclo.safety.FindingCode;
import org.baclo.units.McgPerDay;
import org.baclo.units.McgPerHour;
import org.baclo.units.McgPerMl;
import org.baclo.units.Micrograms;
import org.baclo.units.Millilitres;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The intrathecal pump rules, each against the fact of BACLOFEN.md §10 it enforces. */
class PumpRulesTest {

    static final Knowledge K = KnowledgeLoader.fromClasspath();
    static final PumpRules RULES = new PumpRules(K);
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    static Fill fill(String date, String volume, String concentration, String dose) {
        return new Fill(LocalDate.parse(date).atStartOfDay(), Millilitres.of(volume), Millilitres.of("20"),
                Millilitres.of("2"), Prescription.continuous(McgPerMl.of(concentration), McgPerDay.of(dose)));
    }

    @Test
    @DisplayName("§10 refill arithmetic: 20 mL pump, 18 mL of 500 mcg/mL at 400 mcg/day on 2026-11-01 → 0.8 mL/day,"
            + " alarm 2026-11-21, refill due 2026-11-14 (7-day buffer), stability limit fill + 180 days")
    void schedule() {
        RefillSchedule s = RULES.schedule(fill("2026-11-01", "18", "500", "400"), Optional.empty());
        assertThat(s.dailyVolume().value()).isEqualByComparingTo("0.8");
        assertThat(s.alarmDate()).isEqualTo(LocalDate.parse("2026-11-21"));
        assertThat(s.emptyDate()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(s.refillDueDate()).isEqualTo(LocalDate.parse("2026-11-14"));
        assertThat(s.stabilityLimitDate()).isEqualTo(LocalDate.parse("2027-04-30"));
        assertThat(s.findings()).isEmpty();
        RefillSchedule slow = RULES.schedule(fill("2026-11-01", "20", "2000", "50"), Optional.of(Duration.ofDays(3)));
        assertThat(slow.refillDueDate()).as("stability limit comes first").isEqualTo(slow.stabilityLimitDate());
    }

    @Test
    @DisplayName("§10 concentrations: 50, 500, 1000, 2000 mcg/mL are listed; 750 → ITB_CONCENTRATION_UNLISTED; 0.5 looks"
            + " like mg/mL")
    void concentrations() {
        assertThat(RULES.schedule(fill("2026-11-01", "18", "750", "400"), Optional.empty()).findings())
            .extracting(Finding::code)
            .containsExactly(FindingCode.ITB_CONCENTRATION_UNLISTED);
        assertThat(RULES.listed(McgPerMl.of("1000"))).isTrue();
        assertThat(RULES.looksLikeMgPerMl(new java.math.BigDecimal("0.5"))).isTrue();
        assertThat(RULES.looksLikeMgPerMl(new java.math.BigDecimal("500"))).isFalse();
    }

    @Test
    @DisplayName("a fill above the reservoir or a zero dose is refused")
    void refused() {
        assertThatThrownBy(() -> fill("2026-11-01", "25", "500", "400")).hasMessageStartingWith("volume:");
        assertThatThrownBy(() -> fill("2026-11-01", "18", "500", "0")).hasMessageStartingWith("dose:");
    }

    @Test
    @DisplayName("§10 flexed mode: the daily dose and volume are summed over the periods, which must cover 24 h")
    void flexed() {
        Prescription p = new Prescription(McgPerMl.of("500"), Optional.empty(),
                List.of(new FlexPeriod(LocalTime.of(7, 0), LocalTime.of(22, 0),
                        new McgPerHour(new java.math.BigDecimal("20"))),
                        new FlexPeriod(LocalTime.of(22, 0), LocalTime.of(7, 0),
                                new McgPerHour(new java.math.BigDecimal("10")))));
        assertThat(p.dailyDose().value()).isEqualByComparingTo("390");
        assertThat(p.dailyVolume().value()).isEqualByComparingTo("0.78");
        assertThatThrownBy(() -> new Prescription(McgPerMl.of("500"), Optional.empty(), List
            .of(new FlexPeriod(LocalTime.of(7, 0), LocalTime.of(22, 0), new McgPerHour(java.math.BigDecimal.TEN)))))
            .hasMessageContaining("follow each other");
    }

    @Test
    @DisplayName("§10 residual: expected = fill − daily volume × days over each prescription; 5 mL off → RESIDUAL_"
            + "DISCREPANCY, within the larger of 2 mL and 20% → nothing")
    void residual() {
        Fill f = fill("2026-11-01", "18", "500", "400");
        LocalDateTime change = LocalDateTime.parse("2026-11-06T00:00");
        PrescriptionChange higher = new PrescriptionChange(change,
                Prescription.continuous(McgPerMl.of("500"), McgPerDay.of("500")));
        Millilitres expected = Residuals.expected(f, List.of(higher), LocalDateTime.parse("2026-11-11T00:00"));
        assertThat(expected.value()).isEqualByComparingTo("9"); // 18 − 5 × 0.8 − 5 × 1.0
        assertThat(RULES.residual(expected, Millilitres.of("14"))).get()
            .extracting(Finding::code)
            .isEqualTo(FindingCode.RESIDUAL_DISCREPANCY);
        assertThat(RULES.residual(expected, Millilitres.of("14")).orElseThrow().message()).contains("under-delivery");
        assertThat(RULES.residual(expected, Millilitres.of("4")).orElseThrow().message()).contains("over-delivery");
        assertThat(RULES.residual(expected, Millilitres.of("10.8"))).isEmpty();
    }

    @Test
    @DisplayName("§10 titration: spinal +10–30% per 24 h (+40% flagged, +20% accepted), +10–40% at a refill; cerebral"
            + " +5–15% / +5–20%; decreases beyond 20% flagged; above the usual maintenance range → CAUTION")
    void doseChanges() {
        McgPerDay current = McgPerDay.of("400");
        assertThat(RULES.doseChange(current, McgPerDay.of("560"), Origin.SPINAL, false)).extracting(Finding::code)
            .containsExactly(FindingCode.ITB_TITRATION_TOO_FAST);
        assertThat(RULES.doseChange(current, McgPerDay.of("480"), Origin.SPINAL, false)).isEmpty();
        assertThat(RULES.doseChange(current, McgPerDay.of("560"), Origin.SPINAL, true)).isEmpty();
        assertThat(RULES.doseChange(current, McgPerDay.of("480"), Origin.CEREBRAL, false)).extracting(Finding::code)
            .containsExactly(FindingCode.ITB_TITRATION_TOO_FAST);
        assertThat(RULES.doseChange(current, McgPerDay.of("480"), Origin.CEREBRAL, true)).isEmpty();
        assertThat(RULES.doseChange(current, McgPerDay.of("280"), Origin.SPINAL, false)).extracting(Finding::code)
            .containsExactly(FindingCode.ITB_TITRATION_TOO_FAST);
        assertThat(RULES.doseChange(current, McgPerDay.of("320"), Origin.SPINAL, false)).isEmpty();
        List<Finding> high = RULES.doseChange(McgPerDay.of("780"), McgPerDay.of("850"), Origin.SPINAL, false);
        assertThat(high).extracting(Finding::code).containsExactly(FindingCode.ITB_DOSE_ABOVE_USUAL);
        assertThat(high.get(0).severity()).isEqualTo(Severity.CAUTION);
    }

    @Test
    @DisplayName("§10 / interactions: epidural morphine with a pump → INTERACTION_ITB_EPIDURAL_MORPHINE [LBL-GAB]")
    void epiduralMorphine() {
        assertThat(RULES.medications(List.of("epidural morphine", "morphine", "paracetamol"))).extracting(Finding::code)
            .containsExactly(FindingCode.INTERACTION_ITB_EPIDURAL_MORPHINE);
    }

    @Test
    @DisplayName("§10 screening: 50 → 75 → 100 mcg; no response to 100 → not a candidate; start at twice the"
            + " effective bolus per 24 h, or the same when the effect lasted more than 8 h")
    void screening() {
        Screening s = new Screening(K);
        Screening.Bolus no50 = new Screening.Bolus(Micrograms.of("50"), false, Optional.empty());
        Screening.Bolus no75 = new Screening.Bolus(Micrograms.of("75"), false, Optional.empty());
        assertThat(s.evaluate(List.of(no50)).nextBolus()).contains(Micrograms.of("75"));
        Screening.Outcome yes = s
            .evaluate(List.of(no50, new Screening.Bolus(Micrograms.of("75"), true, Optional.of(Duration.ofHours(6)))));
        assertThat(yes.suggestedStart()).contains(McgPerDay.of("150"));
        Screening.Outcome longEffect = s
            .evaluate(List.of(new Screening.Bolus(Micrograms.of("50"), true, Optional.of(Duration.ofHours(10)))));
        assertThat(longEffect.suggestedStart()).contains(McgPerDay.of("50"));
        Screening.Outcome none = s
            .evaluate(List.of(no50, no75, new Screening.Bolus(Micrograms.of("100"), false, Optional.empty())));
        assertThat(none.candidate()).isFalse();
        assertThat(none.finished()).isTrue();
        assertThatThrownBy(() -> s.evaluate(List.of(new Screening.Bolus(Micrograms.of("60"), true, Optional.empty()))))
            .hasMessageStartingWith("boluses[0].dose");
        // an adequate response ends the trial: no bolus after it
        assertThatThrownBy(() -> s.evaluate(List.of(new Screening.Bolus(Micrograms.of("50"), true, Optional.empty()),
                new Screening.Bolus(Micrograms.of("75"), false, Optional.empty()))))
            .hasMessageStartingWith("boluses[1]: the trial ended");
        // exactly 8 h is not "more than 8 h": twice the bolus [LBL-ITB]
        assertThat(s.evaluate(List.of(new Screening.Bolus(Micrograms.of("50"), true, Optional.of(Duration.ofHours(8)))))
            .suggestedStart()).contains(McgPerDay.of("100"));
    }

    @Test
    @DisplayName("pump alerts: REFILL_DUE_SOON from the due date, REFILL_OVERDUE (CRITICAL) from the alarm date,"
            + " STABILITY_LIMIT within the buffer of fill + 180 days")
    void refillAlerts() {
        PumpAlerts alerts = new PumpAlerts(K);
        RefillSchedule s = RULES.schedule(fill("2026-11-01", "18", "500", "400"), Optional.empty());
        Duration buffer = Duration.ofDays(7);
        assertThat(alerts.refill(s, buffer, LocalDate.parse("2026-11-13"), ZONE)).isEmpty();
        assertThat(alerts.refill(s, buffer, LocalDate.parse("2026-11-14"), ZONE)).extracting(Alert::code)
            .containsExactly(AlertCode.REFILL_DUE_SOON);
        List<Alert> overdue = alerts.refill(s, buffer, LocalDate.parse("2026-11-21"), ZONE);
        assertThat(overdue).extracting(Alert::code).containsExactly(AlertCode.REFILL_OVERDUE);
        assertThat(overdue.get(0).severity()).isEqualTo(Severity.CRITICAL);
        RefillSchedule slow = RULES.schedule(fill("2026-11-01", "20", "2000", "50"), Optional.empty());
        assertThat(alerts.refill(slow, buffer, LocalDate.parse("2027-04-22"), ZONE)).isEmpty();
        assertThat(alerts.refill(slow, buffer, LocalDate.parse("2027-04-23"), ZONE)).extracting(Alert::code)
            .containsExactly(AlertCode.STABILITY_LIMIT);
    }

    @Test
    @DisplayName("§10 boxed warning: itching without rash, return of spasticity, fever, confusion in a pump patient's"
            + " diary → ITB_WITHDRAWAL_SIGNS (CRITICAL), 'get medical help now'")
    void withdrawalSigns() {
        PumpAlerts alerts = new PumpAlerts(K);
        Instant since = Instant.parse("2026-11-01T00:00:00Z");
        Instant now = Instant.parse("2026-11-10T00:00:00Z");
        OffsetDateTime at = OffsetDateTime.parse("2026-11-05T10:00:00+01:00");
        List<Alert> a = alerts.withdrawalSigns(List.of(new Observation.SideEffect("o1", at, "itching without rash",
                Observation.EffectSeverity.MILD, Optional.empty())), since, now);
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(AlertCode.ITB_WITHDRAWAL_SIGNS);
            assertThat(x.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(x.patientMessage()).contains("get medical help now");
        });
        assertThat(alerts.withdrawalSigns(List
            .of(new Observation.SideEffect("o2", at, "confusion", Observation.EffectSeverity.MILD, Optional.empty())),
                since, now))
            .hasSize(1);
        assertThat(alerts.withdrawalSigns(List
            .of(new Observation.SideEffect("o3", at, "headache", Observation.EffectSeverity.MILD, Optional.empty())),
                since, now))
            .isEmpty();
    }

}
