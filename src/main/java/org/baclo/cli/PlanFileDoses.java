package org.baclo.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.baclo.report.PlanFiles;
import org.baclo.knowledge.Knowledge;
import org.baclo.pk.DoseHistory;
import org.baclo.report.RegimenDoses;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.Regimen;
import org.baclo.units.Kilograms;
import org.baclo.units.MlPerMin;

/**
 * A plan file as the simulator's doses, read by the one strict plan reader
 * ({@link PlanFileInput}, the same as {@code check}) and checked by the core
 * ({@code RegimenDraft}): so {@code simulate --regimen} and {@code check
 * --regimen} accept and refuse the same files with the same messages. The time zone is
 * the plan's, else the saved patient's, else this computer's (as in {@code check}); the
 * saved patient is checked as in {@code check}. Time 0 is 00:00 of the first step's start
 * date; the plan ends at the end of the last step's last day.
 */
final class PlanFileDoses {

    /** A plan's doses and what the plan says about the patient. */
    record PlanDoses(DoseHistory history, Duration length, ZoneId zone, LocalDate firstDate, LocalDate lastDate,
            Optional<MlPerMin> crcl, Optional<Kilograms> weight, int steps) {
    }

    private PlanFileDoses() {
    }

    static PlanDoses read(Path file, Knowledge k) {
        PlanFiles.PlanFile plan = PlanFileInput.read(file);
        Optional<PatientContext> patient;
        try {
            // the saved patient is checked as in 'check', so both refuse the same files
            patient = plan.patient().isEmpty() ? Optional.empty()
                    : Optional.of(plan.patient().get().resolve(k, ZoneId.systemDefault()));
        }
        catch (InvalidRequestException e) {
            throw new BadInputException(file.getFileName() + ": " + e.under("patient.").getMessage());
        }
        Regimen r;
        try {
            r = plan.regimen().toRegimen(k, patient.map(PatientContext::zone).orElse(ZoneId.systemDefault()));
        }
        catch (InvalidRequestException e) {
            throw new BadInputException(file.getFileName() + ": " + e.getMessage());
        }
        LocalDate first = r.steps().get(0).startDate();
        LocalDate last = r.lastStep().endDate();
        Duration length = Duration.between(first.atStartOfDay(r.timeZone()),
                last.plusDays(1).atStartOfDay(r.timeZone()));
        Optional<MlPerMin> crcl = plan.crclMlPerMin().filter(c -> c.signum() >= 0).map(MlPerMin::new);
        Optional<Kilograms> weight = patient.map(PatientContext::weight);
        return new PlanDoses(RegimenDoses.of(r), length, r.timeZone(), first, last, crcl, weight, r.steps().size());
    }

}
