package org.baclo.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.baclo.knowledge.Frequency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegimenDraftTest {

    private static RegimenDraft.StepDraft step(String start, String end, String daily,
            List<RegimenDraft.DoseDraft> doses) {
        return new RegimenDraft.StepDraft(start, end, daily == null ? null : new BigDecimal(daily), doses);
    }

    private static Regimen build(RegimenDraft.StepDraft... steps) {
        return new RegimenDraft(null, null, null, null, null, null, null, null, List.of(steps))
            .toRegimen(TestPatients.K, TestPatients.ZONE);
    }

    @Test
    @DisplayName("derived parts: doses split evenly, end dates, frequency, kind")
    void derives() {
        Regimen r = build(step("2025-03-01", "2025-03-01", "60", null), step("2025-03-02", null, "0", null));
        assertThat(r.kind()).isEqualTo(PlanKind.TAPER);
        assertThat(r.frequency()).isEqualTo(Frequency.TID);
        assertThat(r.steps().get(0).doses()).hasSize(3);
        assertThat(r.lastStep().endDate()).isEqualTo(r.lastStep().startDate());
        assertThat(build(step("2025-03-01", null, "15", null), step("2025-03-04", null, "30", null)).kind())
            .isEqualTo(PlanKind.TITRATE);
    }

    @Test
    @DisplayName("typed doses are rendered in the product; unmakeable ones name the nearest")
    void typedDoses() {
        Regimen r = build(step("2025-03-01", null, "25",
                List.of(new RegimenDraft.DoseDraft("08:00", new BigDecimal("15"), null, null),
                        new RegimenDraft.DoseDraft("20:00", BigDecimal.TEN, null, null))));
        assertThat(r.frequency()).isEqualTo(Frequency.BID);
        assertThatThrownBy(() -> build(step("2025-03-01", null, "12",
                List.of(new RegimenDraft.DoseDraft("08:00", new BigDecimal("12"), null, null)))))
            .hasMessage("steps[0].doses[0].mg: 12 mg cannot be made exactly"
                    + " from tablet (5, 10, 20 mg; halves of scored tablets); nearest possible doses: 10 mg, 12.5 mg");
        assertThatThrownBy(() -> build(step("2025-03-01", null, "20",
                List.of(new RegimenDraft.DoseDraft("08:00", BigDecimal.TEN, new BigDecimal("2"), "tablet")))))
            .hasMessageStartingWith("steps[0].doses[0].amount:");
    }

    @Test
    @DisplayName("malformed or inconsistent steps name the field")
    void errors() {
        assertThatThrownBy(() -> build(step("2025-03-01", null, null, null)))
            .hasMessage("steps[0].dailyMg: must be a number of mg");
        assertThatThrownBy(() -> build(step("2025-3-1", null, "15", null)))
            .hasMessage("steps[0].startDate: '2025-3-1' is not a date; use YYYY-MM-DD");
        assertThatThrownBy(
                () -> build(step("2025-03-01", "2025-03-01", "15", null), step("2025-03-05", null, "0", null)))
            .hasMessageStartingWith("steps[1].startDate: 2025-03-05 leaves 3" + " day(s) without baclofen");
        assertThatThrownBy(
                () -> build(step("2025-03-01", "2025-03-03", "15", null), step("2025-03-02", null, "0", null)))
            .hasMessageStartingWith("steps[1].startDate: 2025-03-02 overlaps");
        assertThatThrownBy(() -> build(step("2025-03-01", null, "21", null)))
            .hasMessageStartingWith("steps[0].dailyMg: 21 mg/day cannot be split into 3 doses (TID)")
            .hasMessageContaining("nearest possible: 20 mg/day or 22.5 mg/day");
        assertThatThrownBy(() -> build(step("2025-03-01", null, "20",
                List.of(new RegimenDraft.DoseDraft("08:00", BigDecimal.TEN, null, null)))))
            .hasMessage("steps[0].doses: the doses add up to 10 mg, not the dailyMg" + " of 20 mg");
        assertThatThrownBy(() -> build(step("2025-03-01", null, "1e400", null)))
            .hasMessageStartingWith("steps[0].dailyMg: too large: Baclo makes single doses of up to 2500000 mg");
        assertThatThrownBy(() -> build(step("2025-03-01", null, "3000000",
                List.of(new RegimenDraft.DoseDraft("08:00", new BigDecimal("3000000"), null, null)))))
            .hasMessageStartingWith("steps[0].doses[0].mg: 3000000" + " mg is too large");
        assertThatThrownBy(() -> new RegimenDraft(null, null, null, null, null, null, null, null, List.of())
            .toRegimen(TestPatients.K, TestPatients.ZONE)).hasMessage("steps: at least one step is required");
    }

}
