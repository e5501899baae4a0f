package org.baclo.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void amounts_reject_negative_values_with_their_unit() {
        assertThatThrownBy(() -> Milligrams.of(-1)).hasMessage("must not be negative mg; got -1.0");
        assertThatThrownBy(() -> new Micrograms(new BigDecimal("-0.5"))).hasMessageContaining("mcg");
        assertThatThrownBy(() -> Milligrams.of(Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Milligrams.of("five")).hasMessage("not a number of mg: 'five'");
    }

    @Test
    void concentrations_and_weights_reject_zero() {
        assertThatThrownBy(() -> new MgPerMl(BigDecimal.ZERO)).hasMessage("must be greater than 0 mg/mL; got 0");
        assertThatThrownBy(() -> new McgPerMl(BigDecimal.ZERO)).hasMessageContaining("mcg/mL");
        assertThatThrownBy(() -> new Kilograms(BigDecimal.ZERO)).hasMessageContaining("kg");
        assertThatThrownBy(() -> new LitresPerHour(-2)).hasMessageContaining("L/h");
    }

    @Test
    void equal_amounts_are_equal_whatever_their_scale() {
        assertThat(Milligrams.of("5.0")).isEqualTo(Milligrams.of("5"));
        assertThat(Milligrams.of("0.00")).isEqualTo(Milligrams.ZERO);
    }

    @Test
    void liquid_volume_and_amount_convert_through_the_concentration() {
        MgPerMl twoPerMl = new MgPerMl(new BigDecimal("2"));
        assertThat(Milligrams.of(15).volumeAt(twoPerMl)).isEqualTo(Millilitres.of("7.5"));
        assertThat(Millilitres.of("7.5").amountAt(twoPerMl)).isEqualTo(Milligrams.of(15));
        Millilitres itbVolume = Micrograms.of(400).volumeAt(new McgPerMl(new BigDecimal("500")));
        assertThat(itbVolume).isEqualTo(Millilitres.of("0.8"));
    }

    @Test
    void creatinine_converts_between_mg_per_dl_and_umol_per_l() {
        assertThat(UmolPerL.of(88.4).toMgPerDl().value()).isEqualByComparingTo("1");
        assertThat(MgPerDl.of(1.4).toUmolPerL().value()).isEqualByComparingTo("123.76");
    }

    @Test
    void arithmetic_never_goes_negative() {
        assertThat(Milligrams.of(20).minus(Milligrams.of(5))).isEqualTo(Milligrams.of(15));
        assertThatThrownBy(() -> Milligrams.of(5).minus(Milligrams.of(20)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(Milligrams.of(80).dividedBy(3).format(2)).isEqualTo("26.67 mg");
    }

}
