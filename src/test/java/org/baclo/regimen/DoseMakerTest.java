package org.baclo.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baclo.units.Milligrams;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * BACLOFEN.md §2–3 product defaults [BACLO-A]: halves of scored tablets, 0.5 mL liquid
 * steps, whole packets.
 */
class DoseMakerTest {

    private static DoseMaker maker(String id) {
        return DoseMaker.of(TestPatients.K.oralProduct(id).orElseThrow(), TestPatients.K.dosing().rounding());
    }

    private static Milligrams mg(String v) {
        return Milligrams.of(v);
    }

    @Test
    @DisplayName("tablets: fewest pieces, then fewest halves")
    void tablets() {
        DoseMaker t = maker("tablet");
        assertThat(t.grid()).isEqualTo(mg("2.5"));
        assertThat(t.make(mg("2.5"), "f").text()).isEqualTo("½ tablet of 5 mg");
        assertThat(t.make(mg("7.5"), "f").text()).isEqualTo("1½ tablets of 5 mg");
        assertThat(t.make(mg("12.5"), "f").text()).isEqualTo("1 tablet of 10 mg + ½ tablet of 5 mg");
        assertThat(t.make(mg("15"), "f").text()).isEqualTo("1 tablet of 10 mg + 1 tablet of 5 mg");
        assertThat(t.make(mg("17.5"), "f").text()).isEqualTo("1 tablet of 10 mg + 1½ tablets of 5 mg");
        assertThat(t.make(mg("20"), "f").text()).isEqualTo("1 tablet of 20 mg");
        assertThat(t.make(mg("60"), "f").text()).isEqualTo("3 tablets of 20 mg");
        assertThat(t.make(mg("12.5"), "f").amount()).isEqualByComparingTo("1.5");
    }

    @Test
    @DisplayName("a dose the product cannot make names the nearest doses it can")
    void notMakeable() {
        assertThatThrownBy(() -> maker("tablet").make(mg("12"), "steps[0].doses[1].mg"))
            .isInstanceOf(DoseNotMakeableException.class)
            .hasMessage("steps[0].doses[1].mg: 12 mg cannot be made exactly from tablet (5, 10, 20 mg; halves of"
                    + " scored tablets); nearest possible doses: 10 mg, 12.5 mg");
        assertThatThrownBy(() -> maker("granules").make(mg("2.5"), "f"))
            .hasMessageEndingWith("nearest possible doses: 5 mg");
        assertThatThrownBy(() -> maker("tablet").make(mg("1"), "f")).hasMessageEndingWith("doses: 2.5 mg");
    }

    @Test
    @DisplayName("liquids: 0.5 mL steps of the concentration, shown as mL of the concentration")
    void liquids() {
        LiquidAmount a = (LiquidAmount) maker("solution-1mg-ml").make(mg("7.5"), "f");
        assertThat(a.volume().value()).isEqualByComparingTo("7.5");
        assertThat(a.text()).isEqualTo("7.5 mL of 1 mg/mL");
        assertThat(maker("solution-2mg-ml").grid()).isEqualTo(mg("1"));
        assertThat(maker("suspension-5mg-ml").grid()).isEqualTo(mg("2.5"));
        assertThat(maker("suspension-5mg-ml").make(mg("12.5"), "f").text()).isEqualTo("2.5 mL of 5 mg/mL");
        assertThat(maker("solution-1mg-ml").canMake(mg("0.75"))).isFalse();
    }

    @Test
    @DisplayName("granules: packets combined, never split")
    void granules() {
        DoseMaker g = maker("granules");
        assertThat(g.grid()).isEqualTo(mg("5"));
        assertThat(g.make(mg("15"), "f").text()).isEqualTo("1 packet of 10 mg + 1 packet of 5 mg");
        assertThat(g.make(mg("15"), "f").unit()).isEqualTo("packet");
        assertThat(g.canMake(mg("7.5"))).isFalse();
    }

    @Test
    @DisplayName("floor and ceil find the nearest makeable doses")
    void floorCeil() {
        DoseMaker t = maker("tablet");
        assertThat(t.floor(mg("17.6666"))).contains(mg("17.5"));
        assertThat(t.floor(mg("2"))).isEmpty();
        assertThat(t.ceil(mg("11.67"))).isEqualTo(mg("12.5"));
        assertThat(t.make(mg("300"), "f").mg()).isEqualTo(mg("300"));
    }

}
