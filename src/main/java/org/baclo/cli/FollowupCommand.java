package org.baclo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.baclo.diaryfile.DiaryReader;
import org.baclo.followup.Adherence;
import org.baclo.followup.Alert;
import org.baclo.followup.FollowUpEngine;
import org.baclo.followup.FollowUpEngine.FollowUpResult;
import org.baclo.followup.SideEffectNames;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.Regimen;
import org.baclo.report.FollowUpDocument;
import org.baclo.report.Notice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baclo followup --regimen PLAN.json --diary DIARY.json [--at T]}: adherence and
 * follow-up alerts for a plan and the patient's diary. Exit 3 when an alert is CRITICAL,
 * 2 on bad input.
 */
@Command(name = "followup", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Adherence and follow-up alerts (withdrawal risk, serious side effects, …) from a plan file and"
                + " a diary file.")
final class FollowupCommand implements Callable<Integer> {

    private final CliContext cli;

    FollowupCommand(CliContext cli) {
        this.cli = cli;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--regimen", paramLabel = "PLAN.json", required = true,
            description = "The plan file (as written by 'plan … --out').")
    Path regimen;

    @Option(names = "--diary", paramLabel = "DIARY.json", required = true,
            description = "The diary: {\"doses\": [...], \"observations\": [...]} (see docs/cli.md).")
    Path diary;

    @Option(names = "--at", paramLabel = "YYYY-MM-DDTHH:MM", description = "Evaluate at this time (in the plan's time"
            + " zone unless an offset is given); default: now.")
    String at;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Knowledge k = cli.knowledge();
        PrintWriter out = spec.commandLine().getOut();
        Regimen r;
        try {
            r = PlanFileInput.read(regimen).regimen().toRegimen(k, ZoneId.systemDefault());
        }
        catch (InvalidRequestException e) {
            throw new BadInputException(regimen.getFileName() + ": " + e.getMessage());
        }
        DiaryReader.Parsed parsed = new DiaryReader(new SideEffectNames(k)).read(readDiary());
        List<DiaryReader.Problem> problems = parsed.allProblems();
        if (!problems.isEmpty()) {
            throw new BadInputException(diary.getFileName() + ": "
                    + problems.stream().limit(10).map(DiaryReader.Problem::toString).collect(Collectors.joining("; "))
                    + (problems.size() > 10 ? "; and " + (problems.size() - 10) + " more" : ""));
        }
        Instant now = now(r.timeZone());
        FollowUpResult result = new FollowUpEngine(k).evaluate(r, parsed.diary(), now);
        if (format.value == OutputFormat.json) {
            out.println(Json.write(FollowUpDocument.of(result, r.timeZone())));
        }
        else {
            text(result, r.timeZone(), out);
        }
        out.flush();
        return result.hasCritical() ? ExitCode.CRITICAL_FINDING : ExitCode.OK;
    }

    private String readDiary() {
        if (!Files.isRegularFile(diary)) {
            throw new BadInputException("--diary: file '" + diary + "' not found");
        }
        try {
            return Files.readString(diary, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new BadInputException("--diary: cannot read '" + diary + "': " + e.getMessage());
        }
    }

    private Instant now(ZoneId zone) {
        if (at == null) {
            return cli.clock().instant();
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        }
        catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(at).atZone(zone).toInstant();
            }
            catch (DateTimeParseException e2) {
                throw new BadInputException("--at: '" + at + "' is not a time; use YYYY-MM-DDTHH:MM (plan's zone) or"
                        + " add an offset, e.g. 2026-12-05T09:00+01:00");
            }
        }
    }

    private static void text(FollowUpResult result, ZoneId zone, PrintWriter out) {
        out.println("Adherence by week (doses taken / planned):");
        for (Adherence.Period w : result.adherence().weeks()) {
            out.printf("  week of %s: %d / %d%s%n", w.start(), w.taken(), w.planned(),
                    w.percent().map(p -> " (" + p + "%)").orElse(""));
        }
        if (result.alerts().isEmpty()) {
            out.println("No alerts.");
        }
        for (Alert a : result.alerts()) {
            out.println();
            out.printf("%s %s since %s%n", a.severity(), a.code(), a.since().atZone(zone).toOffsetDateTime());
            out.println("  " + a.message());
            out.println("  For the patient: " + a.patientMessage());
            out.println("  Source: " + a.sourceText() + " (" + a.confidence() + ")");
        }
        out.println();
        out.println(Notice.TEXT);
    }

}
