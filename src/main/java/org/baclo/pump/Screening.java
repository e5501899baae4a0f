package org.baclo.pump;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baclo.knowledge.ItbScreening;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.PumpStart;
import org.baclo.units.McgPerDay;
import org.baclo.units.Micrograms;

/**
 * The intrathecal screening trial (BACLOFEN.md §10): boluses of 50, then 75, then 100 mcg
 * 24 h apart; no response to 100 mcg → not a candidate; the pump starts at twice the
 * effective bolus per 24 h, or the same dose when its effect lasted more than 8 h.
 */
public final class Screening {

    private final Knowledge knowledge;

    public Screening(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * One screening bolus and whether it gave an adequate response (and for how long).
     */
    public record Bolus(Micrograms dose, boolean response, Optional<Duration> effectLasted) {
        public Bolus {
            Objects.requireNonNull(dose, "dose");
            Objects.requireNonNull(effectLasted, "effectLasted");
        }
    }

    /**
     * The outcome: a candidate with a suggested starting dose, not a candidate, or the
     * next bolus to give.
     */
    public record Outcome(boolean candidate, boolean finished, Optional<Micrograms> nextBolus,
            Optional<McgPerDay> suggestedStart, String explanation) {
    }

    public Outcome evaluate(List<Bolus> boluses) {
        ItbScreening s = knowledge.intrathecal().screening();
        List<Micrograms> sequence = new java.util.ArrayList<>();
        sequence.add(s.bolus());
        sequence.addAll(s.escalation());
        if (boluses.size() > sequence.size()) {
            throw new IllegalArgumentException("boluses: the trial has at most " + sequence.size() + " boluses");
        }
        for (int i = 0; i < boluses.size(); i++) {
            if (boluses.get(i).dose().compareTo(sequence.get(i)) != 0) {
                throw new IllegalArgumentException("boluses[" + i + "].dose: the trial's bolus " + (i + 1) + " is "
                        + sequence.get(i) + ", not " + boluses.get(i).dose());
            }
        }
        for (int i = 0; i + 1 < boluses.size(); i++) {
            if (boluses.get(i).response()) {
                throw new IllegalArgumentException(
                        "boluses[" + (i + 1) + "]: the trial ended with the adequate response" + " to bolus " + (i + 1)
                                + " (" + boluses.get(i).dose() + "); no further bolus is given");
            }
        }
        for (Bolus b : boluses) {
            if (b.response()) {
                PumpStart start = knowledge.intrathecal().pumpStart();
                boolean longEffect = b.effectLasted()
                    .map(d -> d.compareTo(start.sameDoseIfEffectLongerThan()) > 0)
                    .orElse(false);
                BigDecimal factor = longEffect ? BigDecimal.ONE : start.factor();
                McgPerDay dose = new McgPerDay(b.dose().value().multiply(factor));
                return new Outcome(true, true, Optional.empty(), Optional.of(dose),
                        "Responded to " + b.dose() + ": start the pump at " + dose + " ("
                                + (longEffect
                                        ? "the same dose: the effect lasted more" + " than "
                                                + start.sameDoseIfEffectLongerThan().toHours() + " h"
                                        : "twice the effective bolus" + " per 24 h")
                                + ").");
            }
        }
        if (boluses.size() == sequence.size()) {
            return new Outcome(false, true, Optional.empty(), Optional.empty(),
                    "No response to " + s.nonResponderAbove() + ": not a candidate for intrathecal baclofen.");
        }
        Micrograms next = sequence.get(boluses.size());
        return new Outcome(false, false, Optional.of(next), Optional.empty(),
                boluses.isEmpty() ? "Give " + next + " and observe for " + s.observation() + "."
                        : "No adequate response yet: give " + next + " after another "
                                + s.escalationInterval().toHours() + " h.");
    }

}
