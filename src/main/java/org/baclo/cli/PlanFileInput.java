package org.baclo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.baclo.report.PlanFileException;
import org.baclo.report.PlanFiles;

/**
 * A plan file named on the command line, read by the one plan reader ({@link PlanFiles},
 * shared with the application and the API). Errors name the file and the JSON path, e.g.
 * {@code plan.json: steps[2].dailyMg: must be a number of mg}.
 */
final class PlanFileInput {

    private PlanFileInput() {
    }

    static PlanFiles.PlanFile read(Path file) {
        return read(file, "--regimen");
    }

    /**
     * @param option the option that named the file, for the messages
     */
    static PlanFiles.PlanFile read(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(option + ": file '" + file + "' not found");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new BadInputException(option + ": cannot read '" + file + "': " + e.getMessage());
        }
        try {
            return PlanFiles.read(text);
        }
        catch (PlanFileException e) {
            throw new BadInputException(file.getFileName() + ": " + e.getMessage());
        }
    }

}
