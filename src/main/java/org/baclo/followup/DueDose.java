package org.baclo.followup;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.baclo.regimen.Dose;

/**
 * One planned dose occurrence: the dose of a step on one day, at its time in the
 * patient's zone.
 */
public record DueDose(LocalDate date, ZonedDateTime due, Dose dose) {
}
