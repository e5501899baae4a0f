package org.baclo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated patient before it is written: the record's columns and how the patient
 * behaves (adherence, logging) in the generated history.
 *
 * @param historyStart the first day of the patient's history in the clinic
 * @param missRate share of planned doses not logged
 * @param lateRate share of logged doses taken late
 * @param silentDays days before the end on which nothing was logged (a patient who
 * stopped logging)
 * @param pump true for an intrathecal pump patient (no oral plan)
 */
record GenPatient(int ordinal, String name, LocalDate dateOfBirth, String sex, BigDecimal weightKg,
        BigDecimal creatinineValue, String creatinineUnit, LocalDate creatinineDate, boolean dialysis,
        String indication, String timeZone, List<String> conditions, List<String> medications, LocalDate historyStart,
        double missRate, double lateRate, int silentDays, boolean pump) {

    String username(long seed) {
        return "s" + seed + "-p" + ordinal;
    }

}
