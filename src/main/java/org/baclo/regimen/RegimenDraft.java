package org.baclo.regimen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.OralDosing;
import org.baclo.units.InputLimits;
import org.baclo.units.Milligrams;

/**
 * A regimen as typed by hand or read from a plan file: raw values, derived parts
 * optional. {@link #toRegimen} checks it and fills in what can be derived: a step's doses
 * from its daily dose (split evenly at the default times), a step's end date (the day
 * before the next step starts; a last step lasts one day), the frequency (from the doses)
 * and the kind (a taper when no step rises). Errors name the field as a path, e.g.
 * {@code steps[2].dailyMg}.
 *
 * @param kind "titrate" or "taper"; null to infer
 * @param productId null means tablets
 * @param frequency "BID", "TID" or "QID"; null to infer from the doses (TID when there
 * are none)
 */
public record RegimenDraft(String kind, String productId, String frequency, String timeZone, BigDecimal fromMgDay,
        BigDecimal targetMgDay, String reason, String override, List<StepDraft> steps) {

    public RegimenDraft {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** One step; {@code doses} null means "split dailyMg evenly". */
    public record StepDraft(String startDate, String endDate, BigDecimal dailyMg, List<DoseDraft> doses) {
        public StepDraft {
            doses = doses == null ? null : List.copyOf(doses);
        }
    }

    /**
     * One dose; {@code amount} and {@code unit}, when given, must agree with {@code mg}.
     */
    public record DoseDraft(String time, BigDecimal mg, BigDecimal amount, String unit) {
    }

    /**
     * The checked regimen.
     * @throws InvalidRequestException naming the first field that is missing, malformed
     * or impossible; a dose the product cannot make exactly names the nearest doses it
     * can make
     */
    public Regimen toRegimen(Knowledge k, ZoneId defaultZone) {
        PlanSupport support = new PlanSupport(k);
        DoseMaker maker = support
            .maker(productId == null || productId.isBlank() ? PlanOptions.DEFAULT_PRODUCT : productId.trim());
        if (steps.isEmpty()) {
            throw new InvalidRequestException("steps", "at least one step is required");
        }
        Optional<Frequency> declared = Optional.ofNullable(frequency).map(f -> parseFrequency(support, f));
        Frequency f = declared.orElseGet(() -> inferFrequency(support));
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            starts.add(date("steps[" + i + "].startDate", steps.get(i).startDate()));
        }
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = step(i, starts, f, maker, support);
            if (i > 0) {
                checkContiguous(i, out.get(i - 1), s);
            }
            out.add(s);
        }
        Optional<Milligrams> from = mg("fromMgDay", fromMgDay);
        PlanKind planKind = kind == null || kind.isBlank() ? infer(out, from) : PlanKind.parse("kind", kind);
        Optional<TaperReason> why = reason == null || reason.isBlank() ? Optional.empty()
                : Optional.of(TaperReason.parse("reason", reason));
        Optional<String> ov = Optional.ofNullable(override).map(String::trim).filter(s -> !s.isEmpty());
        ZoneId zone = TimeZones.orDefault(timeZone, defaultZone, "Europe/Paris");
        return new Regimen(planKind, maker.product().id(), f, zone, from, mg("targetMgDay", targetMgDay), why, ov, out,
                List.of());
    }

    private Step step(int i, List<LocalDate> starts, Frequency f, DoseMaker maker, PlanSupport support) {
        String path = "steps[" + i + "].";
        StepDraft d = steps.get(i);
        LocalDate start = starts.get(i);
        LocalDate end = d.endDate() != null ? date(path + "endDate", d.endDate())
                : i + 1 < steps.size() ? starts.get(i + 1).minusDays(1) : start;
        if (end.isBefore(start)) {
            throw new InvalidRequestException(path + "endDate", end + " is before the step's start " + start);
        }
        if (d.dailyMg() == null) {
            throw new InvalidRequestException(path + "dailyMg", "must be a number of mg");
        }
        Milligrams daily = nonNegative(path + "dailyMg", d.dailyMg());
        List<Dose> doses = d.doses() == null ? derivedDoses(path, daily, f, maker, support)
                : typedDoses(path, d.doses(), maker);
        Milligrams sum = doses.stream().map(Dose::mg).reduce(Milligrams.ZERO, Milligrams::plus);
        if (sum.compareTo(daily) != 0) {
            throw new InvalidRequestException(path + "doses",
                    "the doses add up to " + sum + ", not the dailyMg of " + daily);
        }
        return new Step(start, end, daily, doses);
    }

    private static List<Dose> derivedDoses(String path, Milligrams daily, Frequency f, DoseMaker maker,
            PlanSupport support) {
        if (daily.isZero()) {
            return List.of();
        }
        OralDosing oral = support.knowledge().dosing().oral();
        Milligrams unit = oral.stepPerDose();
        Frequency at = f;
        Optional<List<Milligrams>> s = DoseSplit.split(daily, f.dosesPerDay(), maker, oral.maxSingle(), unit);
        if (s.isEmpty() && f == Frequency.TID && oral.frequencies().contains(Frequency.QID)) {
            // above 60 mg/day the label's 20 mg TID becomes 20 mg QID (BACLOFEN.md §3)
            s = DoseSplit.split(daily, Frequency.QID.dosesPerDay(), maker, oral.maxSingle(), unit);
            at = s.isPresent() ? Frequency.QID : f;
        }
        if (s.isEmpty()) {
            // doses above the single maximum are kept for the check to report
            // (DOSE_ABOVE_SINGLE_MAX)
            s = DoseSplit.split(daily, f.dosesPerDay(), maker, maker.largest(), unit);
        }
        List<Milligrams> amounts = s.orElseGet(() -> DoseSplit.require(path + "dailyMg", daily, f.dosesPerDay(),
                f.name(), maker, oral.maxSingle(), unit, oral.maxDaily()));
        return PlanSupport.doses(amounts, PlanSupport.defaultTimes(oral, at), maker, path + "dailyMg");
    }

    private static List<Dose> typedDoses(String path, List<DoseDraft> drafts, DoseMaker maker) {
        List<Dose> out = new ArrayList<>();
        for (int j = 0; j < drafts.size(); j++) {
            String p = path + "doses[" + j + "].";
            DoseDraft dd = drafts.get(j);
            if (dd == null) {
                throw new InvalidRequestException(path + "doses[" + j + "]", "must be a dose with time and mg");
            }
            LocalTime time = time(p + "time", dd.time());
            if (dd.mg() == null || dd.mg().signum() <= 0) {
                throw new InvalidRequestException(p + "mg",
                        "must be a number of mg above 0 (leave out doses that" + " are not taken)");
            }
            ProductAmount a = maker.make(new Milligrams(dd.mg()), p + "mg");
            if (dd.unit() != null && !dd.unit().equals(a.unit())) {
                throw new InvalidRequestException(p + "unit",
                        "must be " + a.unit() + " for " + maker.product().id() + "; got '" + dd.unit() + "'");
            }
            if (dd.amount() != null && dd.amount().compareTo(a.amount()) != 0) {
                throw new InvalidRequestException(p + "amount",
                        dd.amount().toPlainString() + " " + a.unit() + " does not match " + a.mg() + " (" + a.text()
                                + "); correct mg or amount, or leave the" + " amount out");
            }
            if (!out.isEmpty() && !time.isAfter(out.get(out.size() - 1).time())) {
                throw new InvalidRequestException(p + "time",
                        "dose times must rise through the day; " + time + " follows " + out.get(out.size() - 1).time());
            }
            out.add(new Dose(time, a));
        }
        return out;
    }

    private static void checkContiguous(int i, Step prev, Step s) {
        LocalDate expected = prev.endDate().plusDays(1);
        if (s.startDate().isAfter(expected)) {
            long gap = ChronoUnit.DAYS.between(expected, s.startDate());
            throw new InvalidRequestException("steps[" + i + "].startDate",
                    s.startDate() + " leaves " + gap + " day(s) without baclofen after steps[" + (i - 1) + "] ends on "
                            + prev.endDate() + "; write a stop as a step of 0 mg/day");
        }
        if (s.startDate().isBefore(expected)) {
            throw new InvalidRequestException("steps[" + i + "].startDate", s.startDate() + " overlaps steps[" + (i - 1)
                    + "], which ends on " + prev.endDate() + "; steps must follow each other day by day");
        }
    }

    private Frequency inferFrequency(PlanSupport support) {
        for (StepDraft s : steps) {
            if (s.doses() != null && !s.doses().isEmpty()) {
                int n = s.doses().size();
                for (Frequency f : support.knowledge().dosing().oral().frequencies()) {
                    if (f.dosesPerDay() == n) {
                        return f;
                    }
                }
                return support.knowledge().dosing().oral().startFrequency();
            }
        }
        return support.knowledge().dosing().oral().startFrequency();
    }

    private static Frequency parseFrequency(PlanSupport support, String text) {
        Frequency f;
        try {
            f = Frequency.parse(text);
        }
        catch (IllegalArgumentException e) {
            throw new InvalidRequestException("frequency", "unknown frequency '" + text + "'; allowed: BID, TID, QID");
        }
        return support.checkFrequency(f);
    }

    private static PlanKind infer(List<Step> steps, Optional<Milligrams> from) {
        Milligrams prev = from.orElse(null);
        for (Step s : steps) {
            if (prev != null && s.dailyMg().isGreaterThan(prev)) {
                return PlanKind.TITRATE;
            }
            prev = s.dailyMg();
        }
        boolean lowers = steps.size() > 1 || from.isPresent();
        return lowers ? PlanKind.TAPER : PlanKind.TITRATE;
    }

    private static Optional<Milligrams> mg(String field, BigDecimal v) {
        return v == null ? Optional.empty() : Optional.of(nonNegative(field, v));
    }

    private static Milligrams nonNegative(String field, BigDecimal v) {
        if (v.signum() < 0) {
            throw new InvalidRequestException(field, "must be 0 mg or more; got " + v.toPlainString());
        }
        return new Milligrams(v);
    }

    /** The last date a plan file may name. */
    static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    static LocalDate date(String field, String text) {
        if (text == null) {
            throw new InvalidRequestException(field, "is required: a date such as 2025-03-01 (YYYY-MM-DD)");
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        }
        catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "'" + text + "' is not a date; use YYYY-MM-DD");
        }
        // date arithmetic (a step's next day, day counts) must stay inside LocalDate
        if (d.isBefore(InputLimits.EARLIEST_DATE) || d.isAfter(LATEST_DATE)) {
            throw new InvalidRequestException(field,
                    "must be between " + InputLimits.EARLIEST_DATE + " and " + LATEST_DATE + "; got " + d);
        }
        return d;
    }

    static LocalTime time(String field, String text) {
        if (text == null) {
            throw new InvalidRequestException(field, "is required: a time of day such as 08:00");
        }
        try {
            return LocalTime.parse(text.trim());
        }
        catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "'" + text + "' is not a time of day; use HH:MM, e.g. 08:00");
        }
    }
}
