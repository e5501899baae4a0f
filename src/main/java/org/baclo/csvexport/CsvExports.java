package org.baclo.csvexport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.baclo.app.InvalidInputException;
import org.baclo.diary.AlertStore;
import org.baclo.diary.DiaryRecords;
import org.baclo.diary.StoredAlert;
import org.baclo.followup.Diary;
import org.baclo.followup.DiaryDose;
import org.baclo.followup.Observation;
import org.baclo.patient.Patient;
import org.baclo.patient.PatientAccess;
import org.baclo.patient.PatientService;
import org.baclo.pumpclinic.PumpService;
import org.baclo.pumpclinic.RefillRow;
import org.baclo.security.AuditOutcome;
import org.baclo.security.AuditService;
import org.baclo.security.BacloPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV exports of a period (Commons CSV, RFC 4180, header row; times ISO 8601 with the
 * offset of the patient's time zone): dose events, diary observations, alerts and pump
 * refills, for one patient or for every patient the clinician's care teams hold. Columns
 * are documented in docs/exports.md. Audited.
 */
@Service
public class CsvExports {

    /** The longest period one export covers. */
    static final int MAX_DAYS = 366;

    /** The data sets and their columns. */
    public enum Dataset {

        DOSES("patient_id", "dose_id", "at", "status", "mg", "reason"),
        OBSERVATIONS("patient_id", "observation_id", "at", "kind", "value", "severity", "detail"),
        ALERTS("patient_id", "alert_id", "code", "severity", "status", "since", "opened_at", "message", "source",
                "acknowledged_at", "resolved_at", "closed_at"),
        REFILLS("patient_id", "refill_id", "filled_at", "residual_ml", "expected_residual_ml", "volume_ml",
                "concentration_mcg_ml", "dose_mcg_day", "recorded_by");

        private final String[] columns;

        Dataset(String... columns) {
            this.columns = columns;
        }

        public List<String> columns() {
            return Arrays.asList(columns);
        }

        /** The data set by its name in a URL ("doses", …), or a field-level error. */
        public static Dataset of(String name) {
            for (Dataset d : values()) {
                if (d.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return d;
                }
            }
            throw new InvalidInputException("dataset", "must be one of doses, observations, alerts, refills");
        }

    }

    private final PatientAccess access;

    private final PatientService patients;

    private final DiaryRecords diary;

    private final AlertStore alerts;

    private final PumpService pumps;

    private final AuditService audit;

    private final Clock clock;

    CsvExports(PatientAccess access, PatientService patients, DiaryRecords diary, AlertStore alerts, PumpService pumps,
            AuditService audit, Clock clock) {
        this.access = access;
        this.patients = patients;
        this.diary = diary;
        this.alerts = alerts;
        this.pumps = pumps;
        this.audit = audit;
        this.clock = clock;
    }

    /** One patient's data set; the period defaults to the last 30 days. */
    @Transactional(readOnly = true)
    public String patient(BacloPrincipal user, long patientId, Dataset set, LocalDate from, LocalDate to) {
        Patient p = access.require(user, patientId, "EXPORT_CSV");
        LocalDate[] period = period(p.timeZone(), from, to, patientId);
        String csv = write(set, List.of(p), user, period);
        audit.record("EXPORT_CSV", patientId, AuditOutcome.OK,
                set.name().toLowerCase(Locale.ROOT) + " " + period[0] + ".." + period[1]);
        return csv;
    }

    /** The data set for every patient of the clinician's care teams (clinicians only). */
    @Transactional(readOnly = true)
    public String clinic(BacloPrincipal user, Dataset set, LocalDate from, LocalDate to) {
        access.requireClinician(user, null, "EXPORT_CSV_CLINIC");
        List<Patient> list = patients.list(user);
        LocalDate[] period = period("UTC", from, to, null);
        String csv = write(set, list, user, period);
        audit.record("EXPORT_CSV_CLINIC", null, AuditOutcome.OK, set.name().toLowerCase(Locale.ROOT) + " " + period[0]
                + ".." + period[1] + ", " + list.size() + " patient(s)");
        return csv;
    }

    private LocalDate[] period(String zone, LocalDate from, LocalDate to, Long patientId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(zone)));
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (last.isBefore(first)) {
            audit.record("EXPORT_CSV", patientId, AuditOutcome.INVALID, "to before from");
            throw new InvalidInputException("to", "must be on or after from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            audit.record("EXPORT_CSV", patientId, AuditOutcome.INVALID, "period too long");
            throw new InvalidInputException("from", "a period of at most " + MAX_DAYS + " days");
        }
        return new LocalDate[] { first, last };
    }

    private String write(Dataset set, List<Patient> list, BacloPrincipal user, LocalDate[] period) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(set.columns.clone()).get())) {
            for (Patient p : list) {
                ZoneId zone = ZoneId.of(p.timeZone());
                Instant start = period[0].atStartOfDay(zone).toInstant();
                Instant end = period[1].plusDays(1).atStartOfDay(zone).toInstant();
                for (List<Object> row : rows(set, p, user, zone, start, end)) {
                    csv.printRecord(row);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<List<Object>> rows(Dataset set, Patient p, BacloPrincipal user, ZoneId zone, Instant start,
            Instant end) {
        List<List<Object>> rows = new ArrayList<>();
        switch (set) {
            case DOSES -> {
                Diary d = diary.between(p.id(), start, end);
                for (DiaryDose x : d.doses()) {
                    rows.add(Arrays.asList(p.id(), x.id(), iso(x.at()), x.status().wireName(),
                            x.mg().map(m -> plain(m.value())).orElse(""), x.reason().orElse("")));
                }
            }
            case OBSERVATIONS -> {
                Diary d = diary.between(p.id(), start, end);
                for (Observation o : d.observations()) {
                    rows.add(observation(p.id(), o));
                }
            }
            case ALERTS -> {
                for (StoredAlert a : alerts.all(p.id())) {
                    boolean inPeriod = !a.openedAt().isBefore(start) && a.openedAt().isBefore(end);
                    if (inPeriod || a.status().isOpen()) {
                        rows.add(Arrays.asList(p.id(), a.id(), a.code().name(), a.severity().name(), a.status().name(),
                                at(a.since(), zone), at(a.openedAt(), zone), a.message(), a.source(),
                                at(a.acknowledgedAt(), zone), at(a.resolvedAt(), zone), at(a.closedAt(), zone)));
                    }
                }
            }
            case REFILLS -> {
                List<RefillRow> refills = pumps.status(user, p.id())
                    .map(PumpService.PumpStatus::refills)
                    .orElse(List.of());
                for (RefillRow r : refills) {
                    Instant when = r.filledAt().atZone(zone).toInstant();
                    if (!when.isBefore(start) && when.isBefore(end)) {
                        rows.add(Arrays.asList(p.id(), r.id(), local(r.filledAt(), zone), plain(r.residualMl()),
                                plain(r.expectedResidualMl()), plain(r.volumeMl()), plain(r.concentrationMcgMl()),
                                plain(r.doseMcgDay()), r.recordedBy()));
                    }
                }
            }
            default -> throw new IllegalStateException(set.name());
        }
        return rows;
    }

    private static List<Object> observation(long patientId, Observation o) {
        String value;
        String severity = "";
        String detail = "";
        if (o instanceof Observation.Score s) {
            value = String.valueOf(s.value());
        }
        else if (o instanceof Observation.Penn p) {
            value = String.valueOf(p.frequency());
            severity = p.severity().map(String::valueOf).orElse("");
        }
        else if (o instanceof Observation.SideEffect e) {
            value = e.effect();
            severity = e.severity().wireName();
            detail = e.note().orElse("");
        }
        else if (o instanceof Observation.Walk w) {
            value = plain(w.seconds());
        }
        else if (o instanceof Observation.Ashworth a) {
            value = a.grade().label();
            detail = a.muscle() + ", " + a.side().wireName();
        }
        else {
            value = "";
        }
        return Arrays.asList(patientId, o.id(), iso(o.at()), o.kind(), value, severity, detail);
    }

    private static String at(Instant i, ZoneId zone) {
        return i == null ? "" : iso(i.atZone(zone).toOffsetDateTime());
    }

    private static String local(LocalDateTime t, ZoneId zone) {
        return iso(t.atZone(zone).toOffsetDateTime());
    }

    /** ISO 8601 with seconds and the offset, e.g. 2026-12-03T08:05:00+01:00. */
    private static String iso(java.time.OffsetDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String plain(BigDecimal v) {
        return v == null ? ""
                : Optional.of(v.stripTrailingZeros()).map(s -> s.scale() < 0 ? s.setScale(0) : s).get().toPlainString();
    }

}
