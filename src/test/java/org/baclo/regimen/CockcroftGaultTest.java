package org.baclo.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.baclo.knowledge.RenalBandName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * BACLOFEN.md §5: CrCl = (140 − age) × weight / (72 × creatinine mg/dL), × 0.85 if female
 * [CG-1976].
 */
class CockcroftGaultTest {

    private static RenalAssessment assess(TestPatients p) {
        return RenalAssessment.of(TestPatients.K.dosing().renal(), p.build());
    }

    @Test
    @DisplayName("45-year-old man, 80 kg, 1.0 mg/dL: (95 × 80) / 72 = 105.5 mL/min, NORMAL")
    void man() {
        RenalAssessment r = assess(TestPatients.adult());
        assertThat(r.crcl().value().value()).isEqualByComparingTo("105.5");
        assertThat(r.band()).isEqualTo(RenalBandName.NORMAL);
        assertThat(r.crcl().calculation()).contains("140 − 45", "80 kg", "1 mg/dL");
        assertThat(r.crcl().source()).containsExactly("CG-1976");
    }

    @Test
    @DisplayName("72-year-old woman, 60 kg, 1.4 mg/dL: CrCl ≈ 34 mL/min, MODERATE")
    void woman() {
        RenalAssessment r = assess(TestPatients.adult().age(72).female().weight(60).creatinine(1.4));
        assertThat(r.crcl().value().value()).isEqualByComparingTo("34.4");
        assertThat(r.band()).isEqualTo(RenalBandName.MODERATE);
        assertThat(r.crcl().calculation()).contains("× 0.85 (female)");
    }

    @Test
    @DisplayName("µmol/L ÷ 88.4 = mg/dL; the entered value is kept in the calculation")
    void micromoles() {
        RenalAssessment r = assess(TestPatients.adult().creatinineUmol(88.4));
        assertThat(r.crcl().value().value()).isEqualByComparingTo("105.5");
        assertThat(r.crcl().calculation()).startsWith("88.4 µmol/L ÷ 88.4 = 1 mg/dL");
    }

    @Test
    @DisplayName("the value is rounded down, so rounding never moves a patient into a milder band")
    void roundsDown() {
        // (140 − 40) × 50 / (72 × 1.25) = 55.555… → 55.5
        RenalAssessment r = assess(TestPatients.adult().age(40).weight(50).creatinine(1.25));
        assertThat(r.crcl().value().value()).isEqualByComparingTo("55.5");
        // just below the MILD/NORMAL boundary stays MILD: (140 − 20) × 60 / (72 × 1.25) =
        // 80.0 exactly → NORMAL,
        // (140 − 20) × 60 / (72 × 1.2501) = 79.99… → 79.9 MILD
        assertThat(assess(TestPatients.adult().age(20).weight(60).creatinine(1.25)).band())
            .isEqualTo(RenalBandName.NORMAL);
        assertThat(assess(TestPatients.adult().age(20).weight(60).creatinine(1.2501)).band())
            .isEqualTo(RenalBandName.MILD);
    }

    @Test
    @DisplayName("a measured clearance is used as given; dialysis overrides the band")
    void measuredAndDialysis() {
        RenalAssessment r = assess(TestPatients.adult().crcl(25));
        assertThat(r.crcl().method()).isEqualTo(Crcl.Method.MEASURED);
        assertThat(r.band()).isEqualTo(RenalBandName.SEVERE);
        assertThat(assess(TestPatients.adult().crcl(90).dialysis()).band()).isEqualTo(RenalBandName.DIALYSIS);
    }

    @Test
    @DisplayName("impossible inputs name the field")
    void badInputs() {
        assertThatThrownBy(() -> TestPatients.adult().weight(1).build()).isInstanceOf(InvalidRequestException.class)
            .hasMessage("weightKg: must be between 2 and 400 kg; got 1");
        assertThatThrownBy(() -> TestPatients.adult().age(121).build())
            .hasMessageStartingWith("ageYears: must be a whole number of years from 0 to 120");
        assertThatThrownBy(() -> TestPatients.adult().creatinine(0).build())
            .hasMessageStartingWith("creatinineMgDl: must be greater than 0");
        assertThatThrownBy(() -> TestPatients.adult().pregnant().build()).hasMessageStartingWith("pregnant:");
        assertThatThrownBy(() -> new ContextInput(45, "male", BigDecimal.TEN, null, null, null, false, false, null,
                null, null, null)
            .resolve(TestPatients.K, TestPatients.ZONE)).hasMessageStartingWith("renal:");
    }

}
