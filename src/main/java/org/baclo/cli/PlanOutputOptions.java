package org.baclo.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.OralProduct;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PlanOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code plan titrate} and {@code plan taper}: schedule choices and
 * output.
 */
final class PlanOutputOptions {

    @Option(names = "--frequency", paramLabel = "BID|TID|QID",
            description = "Doses a day (default: TID, or the renal band's start frequency).")
    String frequency;

    @Option(names = "--product", paramLabel = "ID",
            description = "tablet (default), solution-1mg-ml," + " solution-2mg-ml, suspension-5mg-ml or granules.")
    String product;

    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", description = "First day of the plan (default: today).")
    String startDate;

    @Option(names = "--step-mg", paramLabel = "MG",
            description = "Change per dose at each step (default from the" + " label; a faster choice is reported).")
    BigDecimal stepMg;

    @Option(names = "--interval-days", paramLabel = "DAYS",
            description = "Days between steps (default from the" + " label; a faster choice is reported).")
    Integer intervalDays;

    @Option(names = "--dose-times", paramLabel = "HH:MM", split = ",",
            description = "Dose times (default 08:00,14:00,20:00; BID 08:00,20:00; QID adds 23:00).")
    List<String> doseTimes = new ArrayList<>();

    @Option(names = "--maintenance-days", paramLabel = "DAYS",
            description = "How long the last step lasts (default: one step interval).")
    Integer maintenanceDays;

    @Option(names = "--override", paramLabel = "REASON", description = "Clinician override, with the reason: allows"
            + " an off-label indication, a child under 12, or a faster renal titration (the reason is shown).")
    String override;

    @Mixin
    FormatOption format;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the plan as JSON (for 'baclo check').")
    Path out;

    PlanOptions toOptions(Knowledge k) {
        try {
            return new PlanOptions(product(k), frequency(k), CliFields.mg("--step-mg", stepMg),
                    Optional.ofNullable(intervalDays), date(), times(), Optional.ofNullable(maintenanceDays),
                    Optional.ofNullable(override));
        }
        catch (InvalidRequestException e) {
            throw CliFields.badInput(e);
        }
    }

    private String product(Knowledge k) {
        if (product == null) {
            return PlanOptions.DEFAULT_PRODUCT;
        }
        return k.oralProduct(product)
            .map(OralProduct::id)
            .orElseThrow(() -> new BadInputException("--product: unknown" + " product '" + product + "'; allowed: "
                    + k.oralProducts().stream().map(OralProduct::id).collect(Collectors.joining(", "))));
    }

    private Optional<Frequency> frequency(Knowledge k) {
        if (frequency == null) {
            return Optional.empty();
        }
        List<Frequency> allowed = k.dosing().oral().frequencies();
        String allowedText = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
        return Optional.of(allowed.stream()
            .filter(f -> f.name().equals(frequency.trim().toUpperCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(() -> new BadInputException(
                    "--frequency: unknown frequency '" + frequency + "'; allowed: " + allowedText)));
    }

    private Optional<LocalDate> date() {
        if (startDate == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(startDate.trim()));
        }
        catch (DateTimeParseException e) {
            throw new BadInputException("--start-date: '" + startDate + "' is not a date; use YYYY-MM-DD");
        }
    }

    private List<LocalTime> times() {
        List<LocalTime> out = new ArrayList<>();
        for (String t : doseTimes) {
            try {
                out.add(LocalTime.parse(t.trim()));
            }
            catch (DateTimeParseException e) {
                throw new BadInputException("--dose-times: '" + t + "' is not a time of day; use HH:MM, e.g. 08:00");
            }
        }
        return out;
    }

}
