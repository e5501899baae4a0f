package org.baclo.cli;

import ca.uhn.fhir.context.FhirContext;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.baclo.report.PlanFiles;
import org.baclo.fhirmap.Bundles;
import org.baclo.fhirmap.ClinicalResources;
import org.baclo.fhirmap.PlanMedicationRequest;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.Regimen;
import org.baclo.report.PlanDocument;
import org.baclo.safety.CheckedPlan;
import org.baclo.safety.PlanService;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baclo export fhir --plan plan.json [--out bundle.json]}: the plan file,
 * re-checked, as a FHIR R4 Bundle (collection): the patient saved in the file (age and
 * sex only, no identity), the plan as the same MedicationRequest the web exports (one
 * sequenced dosage per step) and its findings as DetectedIssues. Entries have urn:uuid
 * fullUrls derived from the file's content, so the same file gives the same document.
 */
@Command(name = "fhir", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export a plan file (as written by 'plan … --out') as a FHIR R4 Bundle (JSON).")
final class ExportFhirCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "FILE", required = true,
            description = "The plan file (as written by 'plan … --out').")
    Path plan;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the bundle to FILE instead of printing it.")
    Path out;

    private final CliContext cli;

    ExportFhirCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Knowledge k = cli.knowledge();
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            OutputFiles.check(out);
        }
        PlanFiles.PlanFile file = PlanFileInput.read(plan);
        Optional<PatientContext> patient;
        Regimen r;
        try {
            patient = file.patient().isEmpty() ? Optional.empty()
                    : Optional.of(file.patient().get().resolve(k, ZoneId.systemDefault()));
            r = file.regimen().toRegimen(k, patient.map(PatientContext::zone).orElse(ZoneId.systemDefault()));
        }
        catch (InvalidRequestException e) {
            throw new BadInputException(plan.getFileName() + ": " + e.getMessage());
        }
        CheckedPlan checked = new PlanService(k, cli.clock()).check(r, patient);
        PlanDocument doc = PlanDocument.of(checked, k);
        String seed = Files.readString(plan, StandardCharsets.UTF_8);
        String patientId = uuid(seed, "patient");
        String requestId = uuid(seed, "plan");
        Reference subject = new Reference("urn:uuid:" + patientId);
        List<Resource> resources = new ArrayList<>();
        resources.add(ClinicalResources.patient(patientId, null, null, patient.map(p -> p.sex().id()).orElse(null)));
        resources.add(PlanMedicationRequest.of(requestId, doc, false, k.drug(), subject));
        for (int i = 0; i < doc.findings().size(); i++) {
            PlanDocument.FindingDoc f = doc.findings().get(i);
            resources.add(ClinicalResources.finding(uuid(seed, "finding-" + i), f.code(), f.severity().name(),
                    f.message(), f.rationale(), f.source(), subject, new Reference("urn:uuid:" + requestId)));
        }
        Bundle bundle = Bundles.ofUuids(resources, Date.from(cli.clock().instant()));
        // Built here, not at class loading: the other commands must not pay for (or log)
        // HAPI's start-up.
        String json = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
        if (out == null) {
            stdout.println(json);
        }
        else {
            OutputFiles files = new OutputFiles();
            files.add(out, w -> w.write(json + System.lineSeparator()));
            files.commit();
            stdout.println("FHIR bundle written to " + out);
        }
        return ExitCode.OK;
    }

    private static String uuid(String seed, String part) {
        return UUID.nameUUIDFromBytes((seed + "\n" + part).getBytes(StandardCharsets.UTF_8)).toString();
    }

}
