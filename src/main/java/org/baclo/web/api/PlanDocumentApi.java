package org.baclo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.baclo.app.InvalidInputException;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.Regimen;
import org.baclo.report.JsonText;
import org.baclo.report.PlanDocument;
import org.baclo.report.PlanFileException;
import org.baclo.report.PlanFiles;
import org.baclo.safety.PlanService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plan files sent to the API: the document {@code baclo plan --out} writes (or one typed
 * by hand), read by the one plan reader ({@link PlanFiles}) and checked like
 * {@code baclo check --regimen FILE}: the patient is the one saved in the file, the
 * default time zone the server's. The answer is the same JSON as
 * {@code check --format json}; a file the CLI refuses is refused here with the same
 * message, its JSON path as the field.
 */
@RestController
@RequestMapping(path = "/api/v1/plan-documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plan documents", description = "Check a plan file (the JSON 'baclo plan --out' writes); no patient record")
class PlanDocumentApi {

    private final Knowledge knowledge;

    private final Clock clock;

    PlanDocumentApi(Knowledge knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
    }

    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check a plan file against the safety rules: the same JSON as 'baclo check --regimen FILE"
            + " --format json'. A file that cannot be read is a 400 naming the JSON path (e.g. steps[1].dailyMg)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PlanDocument.class))))
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanDocument.class)))
    String check(@RequestBody String body) {
        PlanFiles.PlanFile file;
        try {
            file = PlanFiles.read(body);
        }
        catch (PlanFileException e) {
            throw new InvalidInputException(e.path().isEmpty() ? "body" : e.path(), e.problem());
        }
        ZoneId fallback = ZoneId.systemDefault();
        Optional<PatientContext> patient;
        try {
            patient = file.patient().isEmpty() ? Optional.empty()
                    : Optional.of(file.patient().get().resolve(knowledge, fallback));
        }
        catch (InvalidRequestException e) {
            throw new InvalidInputException("patient." + e.field(), e.problem());
        }
        Regimen r;
        try {
            r = file.regimen().toRegimen(knowledge, patient.map(PatientContext::zone).orElse(fallback));
        }
        catch (InvalidRequestException e) {
            throw new InvalidInputException(e.field(), e.problem());
        }
        return JsonText.write(PlanDocument.of(new PlanService(knowledge, clock).check(r, patient), knowledge));
    }

}
