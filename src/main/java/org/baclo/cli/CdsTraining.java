package org.baclo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the build's class-data-sharing archive ({@code bin/baclo} with
 * {@code BACLO_CDS_DUMP}, run by {@code package}): the usual commands, once each, in one
 * process, their output discarded, so that the JVM records every class they load
 * ({@code -XX:ArchiveClassesAtExit}). Files the commands write go to a temporary folder,
 * removed at the end. Not part of the tool's interface.
 */
public final class CdsTraining {

    private static final String[] PATIENT = { "--age", "45", "--sex", "male", "--weight-kg", "80", "--creatinine-mg-dl",
            "1.0" };

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("baclo-cds");
        try {
            String plan = dir.resolve("plan.json").toString();
            String diary = dir.resolve("none.json").toString();
            List<String[]> runs = new ArrayList<>();
            runs.add(new String[] { "--help" });
            runs.add(new String[] { "--version" });
            runs.add(new String[] { "info", "--list" });
            runs.add(new String[] { "info", "faq" });
            runs.add(new String[] { "info", "interactions", "--format", "json" });
            runs.add(with(new String[] { "plan", "titrate", "--target-mg-day", "60" }, PATIENT));
            runs.add(with(new String[] { "plan", "titrate", "--target-mg-day", "60", "--med", "oxycodone", "--format",
                    "json", "--out", plan }, PATIENT));
            runs.add(with(new String[] { "plan", "taper", "--from-mg-day", "60", "--reason", "routine" }, PATIENT));
            runs.add(new String[] { "check", "--regimen", plan });
            runs.add(new String[] { "crcl", "--age", "72", "--sex", "female", "--weight-kg", "60",
                    "--creatinine-umol-l", "124" });
            runs.add(new String[] { "simulate", "--single-dose-mg", "10" });
            runs.add(new String[] { "simulate", "--regimen", plan, "--format", "json" });
            runs.add(new String[] { "simulate", "--dose-mg", "20", "--every-h", "8", "--days", "28", "--crcl-ml-min",
                    "40", "--population", "2000", "--seed", "1" });
            runs.add(new String[] { "pump", "refill", "--reservoir-ml", "20", "--volume-ml", "18",
                    "--concentration-mcg-ml", "500", "--dose-mcg-day", "400", "--filled", "2026-11-01" });
            runs.add(new String[] { "pump", "check-dose", "--current-mcg-day", "400", "--proposed-mcg-day", "560",
                    "--origin", "spinal" });
            runs.add(new String[] { "followup", "--regimen", plan, "--diary", diary });
            runs.add(new String[] { "plan", "titrate", "--no-such-option" });
            PrintWriter quiet = new PrintWriter(Writer.nullWriter());
            for (String[] run : runs) {
                BacloCli.commandLine(CliContext.system(), run).setOut(quiet).setErr(quiet).execute(run);
            }
        }
        finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Files.delete(dir);
        }
    }

    private static String[] with(String[] command, String[] patient) {
        return Stream.concat(Stream.of(command), Stream.of(patient)).toArray(String[]::new);
    }

}
