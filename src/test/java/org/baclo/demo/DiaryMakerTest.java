package org.baclo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.plan.PlanDrafts;
import org.baclo.plan.PlanRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated diary follows the plan active on each day, including a taper that stops.
 */
class DiaryMakerTest {

    private static final Knowledge K = KnowledgeLoader.fromClasspath();

    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    private final PlanDrafts drafts = new PlanDrafts(K, Clock.fixed(DemoGenerator.now(END), ZoneOffset.UTC),
            JsonMapper.builder().build());

    private final PlanMaker plans = new PlanMaker(K, drafts);

    private GenPatient patient(LocalDate start) {
        return new GenPatient(1, "Test Patient", LocalDate.of(1970, 1, 1), "female", new BigDecimal("70"),
                new BigDecimal("0.9"), "mg/dL", END.minusDays(10), false, "ms-spasticity", "Europe/London", List.of(),
                List.of(), start, 0, 0, 0, false);
    }

    @Test
    void a_taper_to_stop_ends_the_dose_events_without_failing() {
        GenPatient p = patient(END.minusDays(120));
        var ctx = plans.context(p, END);
        var taper = drafts.draft(ctx, new PlanRequest("taper", null, null, BigDecimal.valueOf(30), BigDecimal.ZERO,
                "routine", "tablet", null, null, null, END.minusDays(100), null, null, null), Optional.empty());
        var periods = List.of(new PlanMaker.ActivePeriod(taper.effectiveFrom(), END, taper));
        var made = new DiaryMaker(List.of("drowsiness")).make(p, periods, new SplittableRandom(1),
                DemoGenerator.now(END));
        // every scheduled dose logged (no misses), none once the taper has stopped the
        // drug
        var last = taper.document().steps().get(taper.document().steps().size() - 1);
        LocalDate stopped = LocalDate.parse(last.endDate());
        assertThat(stopped).isBefore(END);
        assertThat(made.rows()).filteredOn(r -> r.kind().equals("dose")).isNotEmpty();
        assertThat(made.rows()).filteredOn(r -> r.kind().equals("dose") && r.mg() != null && r.mg().signum() > 0)
            .allMatch(r -> !r.at().toLocalDate().isAfter(stopped.plusDays(1)));
    }

    @Test
    void the_same_stream_gives_the_same_history() {
        GenPatient p = patient(END.minusDays(200));
        var a = plans.make(p, new SplittableRandom(5), END);
        var b = plans.make(p, new SplittableRandom(5), END);
        assertThat(a.plans()).isNotEmpty();
        assertThat(a.plans().stream().map(g -> g.drafted().planJson()).toList())
            .isEqualTo(b.plans().stream().map(g -> g.drafted().planJson()).toList());
    }

}
