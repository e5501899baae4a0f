package org.baclo.demo;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One generated diary_entry row (the columns a kind does not use are null). */
record DiaryRow(String clientId, String kind, OffsetDateTime at, String doseStatus, BigDecimal mg, Integer intValue,
        Integer intSeverity, String effect, String effectSeverity, BigDecimal seconds, String note,
        OffsetDateTime recordedAt) {

    static DiaryRow dose(String id, OffsetDateTime at, String status, BigDecimal mg, String note,
            OffsetDateTime recorded) {
        return new DiaryRow(id, "dose", at, status, mg, null, null, null, null, null, note, recorded);
    }

    static DiaryRow score(String id, String kind, OffsetDateTime at, int value, Integer severity,
            OffsetDateTime recorded) {
        return new DiaryRow(id, kind, at, null, null, value, severity, null, null, null, null, recorded);
    }

}
