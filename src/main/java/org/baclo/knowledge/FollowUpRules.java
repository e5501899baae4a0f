package org.baclo.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * followup.yaml: the thresholds of the follow-up alerts between visits (BACLOFEN.md §3,
 * §4, §11). Product defaults (confidence A) unless their sources say otherwise.
 */
public record FollowUpRules(Withdrawal withdrawal, Trend trend, Adherence adherence, OverDose overDose,
        TextFact missedDose) {

    /**
     * No dose recorded while an oral plan is active: WARNING after {@code warningAfter},
     * CRITICAL after the other.
     */
    public record Withdrawal(Duration warningAfter, Duration criticalAfter, Optional<String> note, List<String> source,
            Confidence confidence) implements Sourced {
        public Withdrawal {
            source = List.copyOf(source);
        }
    }

    /**
     * Spasticity NRS: mean of the last {@code window} against the plan's first
     * {@code window}; ± {@code changePercent}.
     */
    public record Trend(Duration window, int changePercent, List<String> source,
            Confidence confidence) implements Sourced {
        public Trend {
            source = List.copyOf(source);
        }
    }

    /** Doses taken over {@code window} below {@code belowPercent} of those planned. */
    public record Adherence(Duration window, int belowPercent, List<String> source,
            Confidence confidence) implements Sourced {
        public Adherence {
            source = List.copyOf(source);
        }
    }

    /**
     * Recorded doses of a day above the plan's daily dose, or above the label's daily
     * cap.
     */
    public record OverDose(List<String> source, Confidence confidence) implements Sourced {
        public OverDose {
            source = List.copyOf(source);
        }
    }
}
