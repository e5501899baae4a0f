package org.baclo.demo;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Diary rows loaded with PostgreSQL's {@code COPY … FROM STDIN} (text format) on the
 * writer's connection and transaction: the bulk of the generated rows, several times
 * faster than batched inserts.
 */
final class DiaryCopy {

    private static final String SQL = "copy diary_entry (patient_id, client_id, kind, taken_at, at_offset_seconds,"
            + " dose_status, mg, int_value, int_severity, effect, effect_severity, seconds, note, recorded_by,"
            + " recorded_at) from stdin";

    private static final int FLUSH_CHARS = 4 << 20;

    private final CopyManager copy;

    private final StringBuilder buf = new StringBuilder(FLUSH_CHARS + 4096);

    private long pending;

    private long sent;

    private DiaryCopy(CopyManager copy) {
        this.copy = copy;
    }

    /** COPY on a PostgreSQL connection; null on any other database. */
    static DiaryCopy on(Connection c) throws SQLException {
        return c.isWrapperFor(PGConnection.class) ? new DiaryCopy(c.unwrap(PGConnection.class).getCopyAPI()) : null;
    }

    void add(long patientId, DiaryRow d, String by) throws SQLException {
        buf.append(patientId).append('\t');
        text(d.clientId()).append('\t');
        text(d.kind()).append('\t');
        buf.append(d.at().withOffsetSameInstant(ZoneOffset.UTC)).append('\t');
        buf.append(d.at().getOffset().getTotalSeconds()).append('\t');
        text(d.doseStatus()).append('\t');
        number(d.mg()).append('\t');
        buf.append(d.intValue() == null ? "\\N" : d.intValue().toString()).append('\t');
        buf.append(d.intSeverity() == null ? "\\N" : d.intSeverity().toString()).append('\t');
        text(d.effect()).append('\t');
        text(d.effectSeverity()).append('\t');
        number(d.seconds()).append('\t');
        text(d.note()).append('\t');
        text(by).append('\t');
        buf.append(d.recordedAt().withOffsetSameInstant(ZoneOffset.UTC)).append('\n');
        pending++;
        if (buf.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    /** Rows sent so far. */
    long sent() {
        return sent;
    }

    /** Sends the buffered rows. */
    void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try {
            copy.copyIn(SQL, new StringReader(buf.toString()));
        }
        catch (IOException e) {
            throw new SQLException("COPY of diary rows failed", e);
        }
        sent += pending;
        buf.setLength(0);
        pending = 0;
    }

    private StringBuilder number(BigDecimal v) {
        return buf.append(v == null ? "\\N" : v.toPlainString());
    }

    private StringBuilder text(String s) {
        if (s == null) {
            return buf.append("\\N");
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                default -> buf.append(ch);
            }
        }
        return buf;
    }

}
