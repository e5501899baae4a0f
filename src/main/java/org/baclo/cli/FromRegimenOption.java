package org.baclo.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.Step;
import org.baclo.units.Milligrams;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --current-mg-day} or {@code --from-regimen}: the dose a new plan starts from
 * (BACLOFEN.md §4), typed or read from the active plan's file as the dose it gives on the
 * new plan's first day.
 */
final class FromRegimenOption {

    /** One of the two, or neither (picocli refuses both with a usage error, exit 2). */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    static final class Choice {

        @Option(names = "--current-mg-day", paramLabel = "MG",
                description = "Daily dose taken now: the plan starts from it and the change is checked as a step.")
        BigDecimal currentMgDay;

        @Option(names = "--from-regimen", paramLabel = "FILE",
                description = "The active plan (a file from 'baclo plan … --out'): the dose it gives on the new"
                        + " plan's first day is the current dose.")
        Path fromRegimen;

    }

    /**
     * The current dose on {@code firstDay}; empty when neither option is given or the
     * plan has not started.
     */
    Optional<Milligrams> currentOn(LocalDate firstDay, ZoneId zone, Knowledge k) {
        BigDecimal currentMgDay = choice == null ? null : choice.currentMgDay;
        Path fromRegimen = choice == null ? null : choice.fromRegimen;
        if (currentMgDay != null) {
            return CliFields.mg("--current-mg-day", currentMgDay);
        }
        if (fromRegimen == null) {
            return Optional.empty();
        }
        Regimen r;
        try {
            r = PlanFileInput.read(fromRegimen, "--from-regimen").regimen().toRegimen(k, zone);
        }
        catch (InvalidRequestException e) {
            throw new BadInputException("--from-regimen: " + fromRegimen.getFileName() + ": " + e.getMessage());
        }
        for (Step s : r.steps()) {
            if (!firstDay.isBefore(s.startDate()) && !firstDay.isAfter(s.endDate())) {
                return Optional.of(s.dailyMg()).filter(m -> !m.isZero());
            }
        }
        Step last = r.lastStep();
        return firstDay.isAfter(last.endDate()) ? Optional.of(last.dailyMg()).filter(m -> !m.isZero())
                : Optional.empty();
    }

}
