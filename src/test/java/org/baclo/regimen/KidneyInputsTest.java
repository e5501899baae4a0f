package org.baclo.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baclo.knowledge.RenalBandName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * BACLOFEN.md §5: plausibility of kidney inputs (A), body weight in Cockcroft–Gault
 * [CG-WT], Schwartz under 18.
 */
class KidneyInputsTest {

    private static RenalAssessment assess(TestPatients p) {
        return RenalAssessment.assess(TestPatients.K, p.build()).orElseThrow();
    }

    @Test
    @DisplayName("§5 creatinine 3.0 typed with the µmol/L flag is refused, naming the field and the likely unit")
    void umolTypedAsMgDl() {
        assertThatThrownBy(() -> TestPatients.adult().creatinineUmol(3.0).build())
            .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                assertThat(e.field()).isEqualTo("creatinineUmolL");
                assertThat(e.problem()).contains("3 µmol/L is not plausible", "9–1768 µmol/L",
                        "did you mean 3 mg/dL = 265 µmol/L");
            });
        assertThatThrownBy(() -> TestPatients.adult().creatinineUmol(1.0).build())
            .hasMessageContaining("creatinineUmolL");
    }

    @Test
    @DisplayName("§5 88 typed with the mg/dL flag: \"did you mean 88 µmol/L = 1 mg/dL?\"")
    void mgDlTypedAsUmol() {
        assertThatThrownBy(() -> TestPatients.adult().creatinine(88).build())
            .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                assertThat(e.field()).isEqualTo("creatinineMgDl");
                assertThat(e.problem()).contains("88 mg/dL is not plausible", "did you mean 88 µmol/L = 1 mg/dL");
            });
    }

    @Test
    @DisplayName("§5 a creatinine of 0.01 mg/dL, a measured CrCl of 9999 and a computed CrCl above 250 are refused")
    void implausible() {
        assertThatThrownBy(() -> TestPatients.adult().creatinine(0.01).build())
            .hasMessageStartingWith("creatinineMgDl: 0.01 mg/dL is not plausible");
        assertThatThrownBy(() -> TestPatients.adult().crcl(9999).build())
            .hasMessageStartingWith("measuredCrclMlPerMin: 9999 mL/min is not plausible");
        assertThatThrownBy(() -> TestPatients.adult().age(20).weight(150).creatinine(0.2).build())
            .hasMessageStartingWith("creatinineMgDl: gives a clearance of");
        assertThat(assess(TestPatients.adult().crcl(250)).crcl().value().value()).isEqualByComparingTo("250");
    }

    @Test
    @DisplayName("§5 [CG-WT] with a height: ideal weight (Devine), actual when below, adjusted above 120% of ideal")
    void bodyWeight() {
        // 180 cm = 70.87 in → ideal 50 + 2.3 × 10.87 = 75.0 kg
        RenalAssessment ideal = assess(TestPatients.adult().weight(80).height(180));
        assertThat(ideal.crcl().calculation()).contains("75 kg (ideal body weight");
        assertThat(ideal.crcl().value().value()).isEqualByComparingTo("98.9"); // 95 × 75
                                                                               // / 72
        RenalAssessment adjusted = assess(TestPatients.adult().weight(120).height(180));
        assertThat(adjusted.crcl().calculation()).contains("93 kg (adjusted weight");
        assertThat(adjusted.crcl().value().value()).isEqualByComparingTo("122.7"); // 95 ×
                                                                                   // 93 /
                                                                                   // 72
        RenalAssessment actual = assess(TestPatients.adult().weight(60).height(180));
        assertThat(actual.crcl().calculation()).contains("60 kg (actual weight, below the ideal");
        assertThat(actual.crcl().source()).contains("CG-1976", "CG-WT");
        assertThat(assess(TestPatients.adult()).crcl().calculation()).contains("no height given");
    }

    @Test
    @DisplayName("§5 [SCHWARTZ-2009] under 18: bedside Schwartz 0.413 × height / creatinine; no height → no estimate")
    void schwartz() {
        RenalAssessment r = assess(TestPatients.adult().age(10).weight(30).creatinine(0.5).height(140));
        assertThat(r.crcl().method()).isEqualTo(Crcl.Method.SCHWARTZ);
        assertThat(r.crcl().value().value()).isEqualByComparingTo("115.6");
        assertThat(r.band()).isEqualTo(RenalBandName.NORMAL);
        assertThat(
                RenalAssessment.assess(TestPatients.K, TestPatients.adult().age(10).weight(30).creatinine(0.5).build()))
            .isEmpty();
        assertThat(RenalAssessment.assess(TestPatients.K, TestPatients.adult().age(10).weight(30).crcl(90).build()))
            .isPresent();
    }

}
