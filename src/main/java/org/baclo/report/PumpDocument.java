package org.baclo.report;

import java.math.BigDecimal;
import java.util.List;
import org.baclo.knowledge.PumpStart;
import org.baclo.pump.RefillSchedule;
import org.baclo.pump.Screening;
import org.baclo.report.PlanDocument.FindingDoc;
import org.baclo.safety.Finding;

/**
 * Pump results as JSON ({@code baclo pump …} and the API). Field names are a contract.
 */
public final class PumpDocument {

    private PumpDocument() {
    }

    /** {@code baclo pump refill}: the dates of a fill. */
    public record RefillDoc(BigDecimal dailyVolumeMl, String alarmDate, String emptyDate, String stabilityLimitDate,
            String refillDueDate, List<FindingDoc> findings, String notice) {
    }

    /** {@code baclo pump check-dose}: the findings of a proposed dose. */
    public record DoseCheckDoc(List<FindingDoc> findings, String notice) {
    }

    /**
     * One screening bolus: the dose, {@code none} or {@code positive}, and how long a
     * positive effect lasted (hours, when known).
     */
    public record BolusDoc(BigDecimal doseMcg, String response, BigDecimal effectHours) {
    }

    /**
     * {@code baclo pump screening} and the API: the trial's boluses and verdict
     * ({@code candidate}, {@code not-a-candidate} or {@code continue} with the next
     * bolus), the suggested starting pump dose and the rule with its source.
     */
    public record ScreeningDoc(List<BolusDoc> boluses, String verdict, BigDecimal nextBolusMcg,
            BigDecimal suggestedStartMcgDay, String explanation, String rule, String source, String confidence,
            String notice) {
    }

    public static ScreeningDoc screening(List<Screening.Bolus> boluses, Screening.Outcome o, PumpStart start) {
        List<BolusDoc> docs = boluses.stream()
            .map(b -> new BolusDoc(PlanDocument.plain(b.dose().value()), b.response() ? "positive" : "none",
                    b.effectLasted()
                        .map(d -> PlanDocument.plain(BigDecimal.valueOf(d.toMinutes())
                            .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)))
                        .orElse(null)))
            .toList();
        String verdict = o.candidate() ? "candidate" : o.finished() ? "not-a-candidate" : "continue";
        return new ScreeningDoc(docs, verdict, o.nextBolus().map(m -> PlanDocument.plain(m.value())).orElse(null),
                o.suggestedStart().map(d -> PlanDocument.plain(d.value())).orElse(null), o.explanation(), start.rule(),
                start.sourceText(), start.confidence().name(), Notice.TEXT);
    }

    public static RefillDoc refill(RefillSchedule s) {
        return new RefillDoc(
                PlanDocument
                    .plain(s.dailyVolume().value().setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()),
                s.alarmDate().toString(), s.emptyDate().toString(), s.stabilityLimitDate().toString(),
                s.refillDueDate().toString(), findings(s.findings()), Notice.TEXT);
    }

    public static DoseCheckDoc doseCheck(List<Finding> findings) {
        return new DoseCheckDoc(findings(findings), Notice.TEXT);
    }

    public static List<FindingDoc> findings(List<Finding> findings) {
        return findings.stream()
            .map(f -> new FindingDoc(f.code().name(), f.severity(), f.message(), f.rationale(), f.sourceText(),
                    f.confidence().name()))
            .toList();
    }

}
