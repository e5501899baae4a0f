package org.baclo.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.baclo.units.Milligrams;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DispenseTest {

    @Test
    @DisplayName("halves from one tablet serve two doses; an odd half rounds up to a whole tablet")
    void halves() {
        TitrationPlanner p = new TitrationPlanner(TestPatients.K, TestPatients.CLOCK);
        // MODERATE: 2.5 mg TID for 7 days = 21 halves of 5 mg → 10.5 tablets → 11
        // dispensed
        Regimen r = p
            .plan(new TitrationRequest(TestPatients.adult().age(72).female().weight(60).creatinine(1.4).build(),
                    Milligrams.of("7.5"), Optional.empty(), TestPatients.options()));
        List<DispenseLine> d = Dispense.of(r);
        assertThat(d).hasSize(1);
        assertThat(d.get(0).quantity()).isEqualByComparingTo("11");
        assertThat(d.get(0).totalMg()).isEqualTo(Milligrams.of("52.5"));
        assertThat(d.get(0).text()).isEqualTo("11 tablets of 5 mg");
    }

    @Test
    @DisplayName("a liquid dispenses its total volume at its concentration")
    void liquid() {
        TitrationPlanner p = new TitrationPlanner(TestPatients.K, TestPatients.CLOCK);
        Regimen r = p.plan(new TitrationRequest(TestPatients.adult().build(), Milligrams.of("15"), Optional.empty(),
                TestPatients.options().withProduct("solution-2mg-ml")));
        List<DispenseLine> d = Dispense.of(r);
        // 5 mg = 2.5 mL TID for 3 days = 22.5 mL of 2 mg/mL = 45 mg
        assertThat(d.get(0).quantity()).isEqualByComparingTo("22.5");
        assertThat(d.get(0).totalMg()).isEqualTo(Milligrams.of("45"));
        assertThat(d.get(0).text()).isEqualTo("22.5 mL of 2 mg/mL");
    }

}
