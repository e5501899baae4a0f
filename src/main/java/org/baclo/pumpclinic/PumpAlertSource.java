package org.baclo.pumpclinic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.baclo.diary.AlertSource;
import org.baclo.diary.DiaryRecords;
import org.baclo.followup.Alert;
import org.baclo.followup.AlertCode;
import org.baclo.knowledge.Knowledge;
import org.baclo.patient.Patient;
import org.baclo.patient.SystemPatients;
import org.baclo.pump.PumpAlerts;
import org.springframework.stereotype.Component;

/**
 * The pump alerts of a patient: refill due soon / overdue and the stability limit from
 * the current fill (dates in the patient's time zone), and withdrawal signs in the diary
 * since the last fill.
 */
@Component
class PumpAlertSource implements AlertSource {

    private static final Set<AlertCode> CODES = EnumSet.of(AlertCode.REFILL_DUE_SOON, AlertCode.REFILL_OVERDUE,
            AlertCode.STABILITY_LIMIT, AlertCode.ITB_WITHDRAWAL_SIGNS);

    private final PumpService pumps;

    private final PumpStore store;

    private final SystemPatients patients;

    private final DiaryRecords diary;

    private final PumpAlerts alerts;

    PumpAlertSource(PumpService pumps, PumpStore store, SystemPatients patients, DiaryRecords diary,
            Knowledge knowledge) {
        this.pumps = pumps;
        this.store = store;
        this.patients = patients;
        this.diary = diary;
        this.alerts = new PumpAlerts(knowledge);
    }

    @Override
    public Set<AlertCode> codes() {
        return CODES;
    }

    @Override
    public List<Alert> evaluate(long patientId, Instant now) {
        Patient p = patients.find(patientId).orElse(null);
        if (p == null) {
            return List.of();
        }
        return pumps.statusForAlerts(p).flatMap(s -> s.schedule().map(schedule -> {
            ZoneId zone = PumpService.zone(p);
            List<Alert> out = new ArrayList<>(alerts.refill(schedule, Duration.ofDays(s.pump().clinicBufferDays()),
                    LocalDate.ofInstant(now, zone), zone));
            Instant since = s.lastFill().orElseThrow().filledAt().atZone(zone).toInstant();
            out.addAll(alerts.withdrawalSigns(diary.between(patientId, since, now.plusSeconds(1)).observations(), since,
                    now));
            return out;
        })).orElse(List.of());
    }

    @Override
    public List<Long> patientIds() {
        return store.allPatientsWithPump();
    }

}
