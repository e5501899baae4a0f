package org.baclo.diary;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.baclo.followup.Alert;
import org.baclo.followup.AlertCode;
import org.baclo.followup.FollowUpEngine;
import org.baclo.knowledge.Knowledge;
import org.springframework.stereotype.Component;

/**
 * The diary alerts: the follow-up engine over the patient's active plan and stored diary.
 */
@Component
class DiaryAlertSource implements AlertSource {

    private static final Set<AlertCode> CODES = EnumSet.of(AlertCode.WITHDRAWAL_RISK, AlertCode.SERIOUS_ADVERSE_EVENT,
            AlertCode.SPASTICITY_WORSENING, AlertCode.RESPONSE, AlertCode.OVER_DOSE, AlertCode.MISSED_DOSES);

    private final PlanRegimens plans;

    private final DiaryStore diary;

    private final FollowUpEngine engine;

    DiaryAlertSource(PlanRegimens plans, DiaryStore diary, Knowledge knowledge) {
        this.plans = plans;
        this.diary = diary;
        this.engine = new FollowUpEngine(knowledge);
    }

    @Override
    public Set<AlertCode> codes() {
        return CODES;
    }

    @Override
    public List<Alert> evaluate(long patientId, Instant now) {
        return plans.active(patientId)
            .map(p -> engine.evaluate(p.regimen(), diary.all(patientId), now).alerts())
            .orElse(List.of());
    }

    @Override
    public List<Long> patientIds() {
        return plans.patientsWithActivePlan();
    }

}
