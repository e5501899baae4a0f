package org.baclo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Quantities, dates and finding texts as pages show them (issue 14, item 4). */
class PageFormatTest {

    private final PageFormat fmt = new PageFormat();

    @Test
    void quantities_lose_their_trailing_zeros() {
        assertThat(fmt.num(new BigDecimal("80.00"))).isEqualTo("80");
        assertThat(fmt.num(new BigDecimal("88.000"))).isEqualTo("88");
        assertThat(fmt.num(new BigDecimal("1.40"))).isEqualTo("1.4");
        assertThat(fmt.num(new BigDecimal("34.44"), 1)).isEqualTo("34.4");
        assertThat(fmt.num((BigDecimal) null)).isEqualTo("—");
    }

    @Test
    void dates_and_times_read_as_words_in_the_patients_zone() {
        assertThat(fmt.day("2026-12-07")).isEqualTo("Mon 7 Dec 2026");
        assertThat(fmt.day("not a date")).isEqualTo("not a date");
        assertThat(Dates.time(Instant.parse("2026-12-02T13:07:27.135114Z"), ZoneId.of("America/New_York")))
            .isEqualTo("Wed 2 Dec 2026, 08:07 (America/New_York)");
        assertThat(fmt.day(LocalDate.of(2026, 1, 1))).isEqualTo("Thu 1 Jan 2026");
        assertThat(fmt.utc(Instant.parse("2026-12-02T13:07:27.135114Z"))).isEqualTo("Wed 2 Dec 2026, 13:07:27 UTC");
    }

    @Test
    void why_is_shown_only_when_it_adds_to_the_message() {
        assertThat(fmt.adds("Target capped at 80 mg/day.", "Target capped at 80 mg/day")).isFalse();
        assertThat(fmt.adds("Target capped at 80 mg/day.", "")).isFalse();
        assertThat(fmt.adds("Target capped at 80 mg/day.", "The label's maximum is 80 mg/day.")).isTrue();
    }

    @Test
    void audit_csv_cells_are_quoted_and_never_formulas() {
        assertThat(AdminPages.cell("plain")).isEqualTo("plain");
        assertThat(AdminPages.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(AdminPages.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AdminPages.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(AdminPages.cell(null)).isEmpty();
    }

    @Test
    void public_confidence_never_calls_an_assumption_verified() {
        var V = org.baclo.knowledge.Confidence.V;
        assertThat(fmt.confidence(java.util.List.of("LBL-TAB"), V))
            .isEqualTo("Checked in the product label or a published study");
        assertThat(fmt.confidence(java.util.List.of("LBL-TAB", "BACLO-A"), V))
            .isEqualTo("Checked in the product label or a published study; part of it is Baclo's own assumption");
        // plain words, never the internal key's wording
        for (var c : org.baclo.knowledge.Confidence.values()) {
            assertThat(fmt.confidence(java.util.List.of("LBL-TAB"), c)).doesNotContain(c.meaning());
        }
        assertThat(fmt.confidence(java.util.List.of("BACLO-A"), V)).startsWith("Baclo's own assumption");
        assertThat(fmt.confidence(java.util.List.of("LBL-TAB"), org.baclo.knowledge.Confidence.A))
            .startsWith("Baclo's own assumption");
        assertThat(fmt.citation("BACLO-A", "Baclo product assumption, recorded in BACLOFEN.md"))
            .doesNotContain("BACLOFEN.md");
        assertThat(fmt.citation("LBL-TAB", "Label")).isEqualTo("Label");
    }

}
