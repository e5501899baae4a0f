package org.baclo.diary;

import java.time.Instant;
import org.baclo.followup.Diary;
import org.springframework.stereotype.Component;

/**
 * Read-only access to stored diaries for other application rules (e.g. the pump alerts,
 * which look for withdrawal signs). No access check: callers are system rules, never a
 * user's request.
 */
@Component
public class DiaryRecords {

    private final DiaryStore store;

    DiaryRecords(DiaryStore store) {
        this.store = store;
    }

    /** Entries of the patient from {@code from} (included) to {@code to} (excluded). */
    public Diary between(long patientId, Instant from, Instant to) {
        return store.between(patientId, from, to);
    }

}
