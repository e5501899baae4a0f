package org.baclo.pump;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.baclo.followup.Alert;
import org.baclo.followup.AlertCode;
import org.baclo.followup.Observation;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.RefillRules;
import org.baclo.knowledge.Severity;
import org.baclo.knowledge.SignList;

/**
 * The pump alerts (BACLOFEN.md §10), in the same model as the diary's: REFILL_DUE_SOON
 * (WARNING, within the clinic buffer before the alarm date), REFILL_OVERDUE (CRITICAL
 * from the alarm date), STABILITY_LIMIT (WARNING within the buffer before fill + 180
 * days) and ITB_WITHDRAWAL_SIGNS (CRITICAL, withdrawal signs in a pump patient's diary).
 */
public final class PumpAlerts {

    private static final String NEVER_EMPTY = "Never let the pump run empty: a sudden stop of intrathecal baclofen is"
            + " dangerous.";

    private final Knowledge knowledge;

    public PumpAlerts(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The refill alerts that hold on {@code today} for the current fill. */
    public List<Alert> refill(RefillSchedule s, Duration buffer, LocalDate today, ZoneId zone) {
        RefillRules rules = knowledge.intrathecal().refill();
        List<Alert> out = new ArrayList<>();
        if (!today.isBefore(s.alarmDate())) {
            out.add(Alert.of(AlertCode.REFILL_OVERDUE, Severity.CRITICAL, start(s.alarmDate(), zone),
                    "Refill overdue:" + " the low-reservoir alarm date " + s.alarmDate()
                            + " has passed; the pump empties about " + s.emptyDate() + ". Refill now.",
                    "Your pump refill is overdue. Contact your clinic today. " + NEVER_EMPTY
                            + " If you have a fever, confusion, itching, or your stiffness comes back, get"
                            + " medical help now.",
                    rules));
        }
        else if (!today.isBefore(s.refillDueDate()) && s.refillDueDate().isBefore(s.stabilityLimitDate())) {
            out.add(Alert.of(AlertCode.REFILL_DUE_SOON, Severity.WARNING, start(s.refillDueDate(), zone),
                    "Refill due" + " by " + s.refillDueDate() + " (alarm " + s.alarmDate() + ", empty " + s.emptyDate()
                            + ").",
                    "Your pump needs a refill by " + s.refillDueDate() + ". Book it with your clinic now. "
                            + NEVER_EMPTY,
                    rules));
        }
        LocalDate stabilityWarning = s.stabilityLimitDate().minusDays(buffer.toDays());
        if (!today.isBefore(stabilityWarning)) {
            out.add(new Alert(AlertCode.STABILITY_LIMIT, Severity.WARNING, start(stabilityWarning, zone),
                    "The drug in" + " the pump reaches its stability limit on " + s.stabilityLimitDate() + " (fill + "
                            + rules.maxInterval().toDays() + " days): refill before then whatever the volume left.",
                    "Your pump needs a refill by " + s.stabilityLimitDate() + ", even if it still holds medicine."
                            + " Book it with your clinic.",
                    rules.maxIntervalSource(), rules.confidence()));
        }
        return out;
    }

    /**
     * ITB_WITHDRAWAL_SIGNS when the diary reports withdrawal signs of intrathecal
     * baclofen at or after {@code since}.
     */
    public List<Alert> withdrawalSigns(List<Observation> observations, Instant since, Instant now) {
        SignList w = knowledge.adverseReactions().withdrawalIntrathecal();
        Set<String> signs = new LinkedHashSet<>();
        w.signs().forEach(x -> signs.add(key(x)));
        w.earlySigns().forEach(x -> signs.add(key(x)));
        // "Altered mental status" as patients report it (issue 12 names confusion among
        // the signs to watch).
        signs.add("confusion");
        signs.add("severe confusion");
        List<Observation.SideEffect> hits = observations.stream()
            .filter(o -> o instanceof Observation.SideEffect)
            .map(o -> (Observation.SideEffect) o)
            .filter(o -> !o.at().toInstant().isBefore(since) && !o.at().toInstant().isAfter(now)
                    && signs.contains(key(o.effect())))
            .toList();
        if (hits.isEmpty()) {
            return List.of();
        }
        String what = hits.stream().map(Observation.SideEffect::effect).distinct().collect(Collectors.joining(", "));
        return List.of(Alert.of(AlertCode.ITB_WITHDRAWAL_SIGNS, Severity.CRITICAL, hits.get(0).at().toInstant(),
                "Possible intrathecal baclofen withdrawal: " + what + " reported. Check the pump, catheter and"
                        + " reservoir now; treat as an emergency.",
                "You reported " + what + ". With a baclofen pump"
                        + " this can mean the medicine is not reaching you: get medical help now and tell them you"
                        + " have a baclofen pump.",
                w));
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

}
