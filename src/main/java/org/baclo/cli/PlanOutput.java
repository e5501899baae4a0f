package org.baclo.cli;

import org.baclo.report.PlanDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.baclo.knowledge.Knowledge;
import org.baclo.safety.CheckedPlan;

/**
 * Prints a checked plan as text or JSON, writes the plan file, and gives the exit code.
 */
final class PlanOutput {

    private PlanOutput() {
    }

    /** Fails before anything is written when {@code --out} cannot be written to. */
    static void checkWritable(Path out) {
        if (out == null) {
            return;
        }
        Path abs = out.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new BadInputException("--out: '" + out + "' is a directory; give a file name such as plan.json");
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("--out: the directory of '" + out + "' does not exist");
        }
    }

    /**
     * Writes the file (if asked), prints the plan, and returns 3 when there is a CRITICAL
     * finding, else 0.
     */
    static int emit(CheckedPlan plan, Knowledge k, OutputFormat format, Path out, PrintWriter stdout) {
        // JSON only when it is written or printed: text output does not load Jackson
        // (start-up).
        String json = out != null || format == OutputFormat.json ? Json.write(PlanDocument.of(plan, k)) + "\n" : null;
        if (out != null) {
            writeAtomically(out, json);
        }
        stdout.print(format == OutputFormat.json ? json : PlanTextRenderer.render(plan, k));
        if (out != null && format == OutputFormat.text) {
            stdout.println("Plan written to " + out);
        }
        stdout.flush();
        return plan.hasCritical() ? ExitCode.CRITICAL_FINDING : ExitCode.OK;
    }

    /** Temp file in the same directory, then a move: readers never see half a plan. */
    static void writeAtomically(Path out, String content) {
        Path abs = out.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException e) {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            }
            catch (IOException ignored) {
                // the original error is the one to report
            }
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

}
