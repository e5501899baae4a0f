package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baclo.fhir.FhirValidation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baclo export fhir --plan plan.json [--out bundle.json]} (issue 13): a plan made
 * on the command line as a valid FHIR bundle whose MedicationRequest has one sequenced
 * dosage per step; bad input is a message and exit 2.
 */
class ExportFhirCliTest {

    private static final String[] MAN = { "--age", "45", "--sex", "male", "--weight-kg", "80", "--creatinine-mg-dl",
            "1.0" };

    @TempDir
    Path dir;

    private Path taperFile() {
        Path plan = dir.resolve("plan.json");
        CliRun made = CliRun.of("plan", "taper", "--from-mg-day", "60", "--start-date", "2026-03-02", "--out",
                plan.toString(), MAN[0], MAN[1], MAN[2], MAN[3], MAN[4], MAN[5], MAN[6], MAN[7]);
        assertThat(made.exit()).as(made.err()).isZero();
        return plan;
    }

    @Test
    void a_taper_file_becomes_a_valid_bundle_with_sequenced_dosages() throws Exception {
        Path plan = taperFile();
        Path out = dir.resolve("bundle.json");
        CliRun r = CliRun.of("export", "fhir", "--plan", plan.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("FHIR bundle written to");
        Bundle b = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, Files.readString(out));
        assertThat(FhirValidation.errors(b)).as(FhirValidation.all(b).toString()).isEmpty();
        MedicationRequest mr = b.getEntry()
            .stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(x -> x instanceof MedicationRequest)
            .map(MedicationRequest.class::cast)
            .findFirst()
            .orElseThrow();
        List<Integer> sequences = mr.getDosageInstruction().stream().map(Dosage::getSequence).distinct().toList();
        assertThat(sequences.size()).isGreaterThan(1);
        assertThat(sequences).isSorted().startsWith(1);
        assertThat(mr.getDosageInstructionFirstRep()
            .getTiming()
            .getRepeat()
            .getBoundsPeriod()
            .getStartElement()
            .getValueAsString()).isEqualTo("2026-03-02");
        // the same file gives the same document (ids from the content)
        CliRun again = CliRun.of("export", "fhir", "--plan", plan.toString());
        assertThat(again.out()).contains(mr.getIdPart());
    }

    @Test
    void a_missing_or_broken_plan_file_is_a_message_and_exit_2() throws Exception {
        CliRun missing = CliRun.of("export", "fhir", "--plan", dir.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("not found").doesNotContain("Exception");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"kind\": \"taper\", \"steps\": [{\"startDate\": 5}]}");
        CliRun bad = CliRun.of("export", "fhir", "--plan", broken.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).doesNotContain("Exception");
        CliRun noPlan = CliRun.of("export", "fhir");
        assertThat(noPlan.exit()).isEqualTo(2);
    }

}
