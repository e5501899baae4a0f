package org.baclo.diary;

import java.time.Instant;
import java.util.Optional;
import org.baclo.followup.Adherence;
import org.baclo.followup.Diary;
import org.baclo.followup.FollowUpEngine;
import org.springframework.stereotype.Component;

/**
 * Read-only access to stored diaries for other application rules (e.g. the pump alerts,
 * which look for withdrawal signs). No access check: callers are system rules, never a
 * user's request.
 */
@Component
public class DiaryRecords {

    private final DiaryStore store;

    private final PlanRegimens plans;

    DiaryRecords(DiaryStore store, PlanRegimens plans) {
        this.store = store;
        this.plans = plans;
    }

    /**
     * The adherence to the patient's active plan at {@code at} (doses due by then and
     * recorded as taken), as the follow-up engine counts it; empty without an active
     * plan.
     */
    public Optional<Adherence> adherence(long patientId, Instant at) {
        return plans.active(patientId).map(p -> FollowUpEngine.adherence(p.regimen(), store.all(patientId), at));
    }

    /** Entries of the patient from {@code from} (included) to {@code to} (excluded). */
    public Diary between(long patientId, Instant from, Instant to) {
        return store.between(patientId, from, to);
    }

}
