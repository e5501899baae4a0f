package org.baclo.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Severity;
import org.baclo.patient.Patient;
import org.baclo.report.PlanDocument;
import org.baclo.report.PlanFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the patient list and the clinician worklist show of each patient's plans: the
 * active plan and today's dose, drafts waiting, the last day of the active plan and
 * whether it was activated over a CRITICAL finding. The caller has already listed
 * (access-checked and audited) the patients; this reads no other patient.
 */
@Service
public class PlanOverview {

    /** A plan ending within this many days needs a decision about what comes next. */
    public static final int ENDING_WITHIN_DAYS = 7;

    private final PlanRecordRepository records;

    private final Clock clock;

    PlanOverview(PlanRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * One patient's plans at a glance. {@code todayMg} is the active plan's daily dose
     * today in the patient's zone (null without an active plan or before it starts);
     * {@code activeEnds} its last step's last day.
     */
    public record Summary(Integer activeVersion, String activeKind, BigDecimal todayMg, LocalDate activeEnds,
            boolean endingSoon, boolean criticalOverride, int drafts) {

        public boolean hasActive() {
            return activeVersion != null;
        }
    }

    @Transactional(readOnly = true)
    public Summary of(Patient p) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(p.timeZone())));
        List<PlanRecord> all = records.findAllByPatientIdOrderByVersionNoDesc(p.id());
        int drafts = (int) all.stream().filter(r -> r.status() == PlanStatus.DRAFT).count();
        Optional<PlanRecord> active = all.stream().filter(r -> r.status() == PlanStatus.ACTIVE).findFirst();
        if (active.isEmpty()) {
            return new Summary(null, null, null, null, false, false, drafts);
        }
        PlanRecord a = active.get();
        PlanDocument doc = PlanFiles.document(a.planJson());
        BigDecimal mg = PlanWorkflow.doseOn(doc, today).orElse(null);
        LocalDate ends = doc.steps() == null || doc.steps().isEmpty() ? null
                : LocalDate.parse(doc.steps().get(doc.steps().size() - 1).endDate());
        boolean endingSoon = ends != null && !ends.isBefore(today) && !ends.isAfter(today.plusDays(ENDING_WITHIN_DAYS));
        boolean critical = a.maxSeverity() == Severity.CRITICAL && a.overrideReason() != null;
        return new Summary(a.versionNo(), a.kind(), mg, ends, endingSoon, critical, drafts);
    }

}
