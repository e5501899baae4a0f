package org.baclo.regimen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Knowledge;
import org.baclo.units.Milligrams;

/**
 * Plans one step that keeps a daily dose: split like a hand-written step (evenly, else
 * the larger doses later), or at explicit per-time doses a clinician gives (BACLOFEN.md
 * §3). The dose taken before (the active plan's) is the plan's {@code fromMgDay}, so the
 * check treats the change as a step (§4). Immutable and thread-safe.
 */
public final class MaintainPlanner {

    private final Knowledge knowledge;

    private final PlanSupport support;

    public MaintainPlanner(Knowledge knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.support = new PlanSupport(knowledge, clock);
    }

    /**
     * @throws InvalidRequestException naming the field that cannot be planned
     */
    public Regimen plan(MaintainRequest r) {
        PlanOptions o = r.options();
        LocalDate start = support.startDate(o, r.context());
        Milligrams dose = r.doseMgDay();
        List<RegimenDraft.DoseDraft> doses = null;
        if (!r.doses().isEmpty()) {
            Milligrams sum = r.doses().stream().reduce(Milligrams.ZERO, Milligrams::plus);
            if (sum.compareTo(dose) != 0) {
                throw new InvalidRequestException("doses",
                        "the doses add up to " + sum + ", not the daily dose of " + dose);
            }
            List<LocalTime> times = o.doseTimes().size() == r.doses().size() ? o.doseTimes()
                    : DefaultTimes.of(knowledge, r.doses().size());
            doses = new ArrayList<>();
            for (int i = 0; i < r.doses().size(); i++) {
                doses.add(new RegimenDraft.DoseDraft(times.get(i).toString(), r.doses().get(i).value(), null, null));
            }
        }
        else if (!o.doseTimes().isEmpty()) {
            Frequency f = o.frequency().orElse(null);
            int n = o.doseTimes().size();
            if (f != null && f.dosesPerDay() != n) {
                throw new InvalidRequestException("doseTimes", "give " + f.dosesPerDay() + " times for " + f);
            }
            BigDecimal each = dose.value().divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
            doses = o.doseTimes()
                .stream()
                .map(t -> new RegimenDraft.DoseDraft(t.toString(), each, null, null))
                .toList();
        }
        BigDecimal from = r.currentMgDay().orElse(dose).value();
        RegimenDraft draft = new RegimenDraft("maintain", o.productId(), o.frequency().map(Enum::name).orElse(null),
                r.context().zone().getId(), from, dose.value(), null, o.override().orElse(null),
                List.of(new RegimenDraft.StepDraft(start.toString(), start.plusDays(r.days() - 1L).toString(),
                        dose.value(), doses)));
        return draft.toRegimen(knowledge, r.context().zone());
    }

}
