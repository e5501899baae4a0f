package org.baclo.report;

import java.math.BigDecimal;
import java.util.List;
import org.baclo.pump.RefillSchedule;
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
