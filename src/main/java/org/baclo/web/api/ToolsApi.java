package org.baclo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baclo.app.InvalidInputException;
import org.baclo.app.FieldProblem;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.PkParameterSet;
import org.baclo.pk.CovariateChoice;
import org.baclo.pk.DoseHistory;
import org.baclo.pk.ParameterSetModel;
import org.baclo.pk.PkInputException;
import org.baclo.pk.SimulationOutcome;
import org.baclo.pk.TimeGrid;
import org.baclo.regimen.ContextInput;
import org.baclo.regimen.InvalidRequestException;
import org.baclo.regimen.PatientContext;
import org.baclo.report.CrclDocument;
import org.baclo.report.JsonText;
import org.baclo.report.SimulationDocument;
import org.baclo.units.InputLimits;
import org.baclo.units.Kilograms;
import org.baclo.units.Milligrams;
import org.baclo.units.MlPerMin;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calculators that need no patient record: the same documents as the CLI's {@code crcl}
 * and {@code simulate} commands, written by the same JSON writer, so the bytes agree.
 */
@RestController
@RequestMapping(path = "/api/v1/tools", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tools", description = "Calculators from typed values (no patient record): kidney estimate, simulation")
class ToolsApi {

    private final Knowledge knowledge;

    ToolsApi(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/crcl")
    @Operation(summary = "Cockcroft–Gault creatinine clearance (bedside Schwartz eGFR under the adult age) and the"
            + " renal band; the same JSON as 'baclo crcl --format json'")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CrclDocument.class)))
    String crcl(@RequestParam(required = false) Integer ageYears, @RequestParam(required = false) String sex,
            @RequestParam(required = false) BigDecimal weightKg,
            @RequestParam(required = false) BigDecimal creatinineMgDl,
            @RequestParam(required = false) BigDecimal creatinineUmolL,
            @RequestParam(required = false) BigDecimal heightCm) {
        PatientContext c;
        try {
            if (creatinineMgDl == null && creatinineUmolL == null) {
                throw new InvalidRequestException("renal", "is required");
            }
            c = new ContextInput(ageYears, sex, weightKg, creatinineMgDl, creatinineUmolL, null, false, false,
                    List.of(), List.of(), null, null, heightCm, null, null)
                .resolve(knowledge, ZoneOffset.UTC);
        }
        catch (InvalidRequestException e) {
            String field = e.field().equals("renal") ? "creatinineMgDl" : e.field();
            throw new InvalidInputException(field,
                    e.field().equals("renal")
                            ? "give one serum creatinine, creatinineMgDl or creatinineUmolL (" + e.problem() + ")"
                            : e.problem());
        }
        CrclDocument d = CrclDocument.of(knowledge, c)
            .orElseThrow(
                    () -> new InvalidInputException("heightCm", "under " + knowledge.dosing().kidneyInputs().adultAge()
                            + " the kidney estimate is the bedside" + " Schwartz eGFR, which needs the height"));
        return JsonText.write(d);
    }

    @GetMapping("/simulation")
    @Operation(summary = "Plasma concentrations after a single oral dose for the typical patient of a parameter set"
            + " (one-compartment model); the same JSON as 'baclo simulate --single-dose-mg D --format json'")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SimulationDocument.class)))
    String simulation(@RequestParam(required = false) BigDecimal singleDoseMg,
            @RequestParam(defaultValue = "default-adult") String parameters,
            @RequestParam(required = false) BigDecimal weightKg, @RequestParam(required = false) BigDecimal crclMlMin,
            @RequestParam(defaultValue = "1") int days, @RequestParam(defaultValue = "10") BigDecimal gridMin) {
        List<FieldProblem> v = new ArrayList<>();
        if (singleDoseMg == null) {
            v.add(new FieldProblem("singleDoseMg", "is required"));
        }
        else if (singleDoseMg.signum() <= 0 || singleDoseMg.compareTo(InputLimits.MAX_DOSE_MG) > 0) {
            v.add(new FieldProblem("singleDoseMg",
                    "must be greater than 0 and at most " + InputLimits.DOSE_MG_MAX + " mg"));
        }
        if (weightKg != null && (weightKg.compareTo(InputLimits.MIN_WEIGHT_KG) < 0
                || weightKg.compareTo(InputLimits.MAX_WEIGHT_KG) > 0)) {
            v.add(new FieldProblem("weightKg",
                    "must be between " + InputLimits.WEIGHT_KG_MIN + " and " + InputLimits.WEIGHT_KG_MAX + " kg"));
        }
        if (crclMlMin != null && (crclMlMin.signum() < 0
                || crclMlMin.compareTo(new BigDecimal(InputLimits.SIMULATION_CRCL_ML_MIN_MAX)) > 0)) {
            v.add(new FieldProblem("crclMlMin",
                    "must be between 0 and " + InputLimits.SIMULATION_CRCL_ML_MIN_MAX + " mL/min"));
        }
        if (days < 1 || days > TimeGrid.MAX_LENGTH.toDays()) {
            v.add(new FieldProblem("days", "must be between 1 and " + TimeGrid.MAX_LENGTH.toDays()));
        }
        long stepMs = gridMin.multiply(BigDecimal.valueOf(60_000)).longValue();
        if (stepMs < 1000 || stepMs > TimeGrid.DAY_MS) {
            v.add(new FieldProblem("gridMin", "must be between 1 second (0.0167) and 1440 minutes"));
        }
        PkParameterSet set = knowledge.pk().parameterSet(parameters).orElse(null);
        if (set == null) {
            v.add(new FieldProblem("parameters",
                    "unknown parameter set; sets: " + knowledge.pk()
                        .parameterSets()
                        .stream()
                        .map(PkParameterSet::id)
                        .collect(Collectors.joining(", "))));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        try {
            ParameterSetModel model = ParameterSetModel.of(set);
            List<String> notes = new ArrayList<>();
            CovariateChoice<Kilograms> weight = CovariateChoice.choose(model, model.modelsWeight(), WEIGHT,
                    Optional.ofNullable(weightKg).map(Kilograms::new), Optional.empty(), w -> w.format(1), notes);
            CovariateChoice<MlPerMin> crcl = CovariateChoice.choose(model, model.modelsRenalFunction(), CRCL,
                    Optional.ofNullable(crclMlMin).map(MlPerMin::new), Optional.empty(), c -> c.format(1), notes);
            Milligrams dose = new Milligrams(singleDoseMg);
            SimulationOutcome o = SimulationOutcome.of(model, weight, crcl, Optional.of(dose),
                    SimulationOutcome.singleDoseDescription(dose), DoseHistory.atHours(dose, 0),
                    TimeGrid.of(Duration.ofMillis(stepMs), Duration.ofDays(days)), Optional.empty(), Optional.empty(),
                    Optional.empty(), notes);
            return JsonText.write(SimulationDocument.of(o, SimulationDocument.Files.NONE));
        }
        catch (PkInputException e) {
            throw new InvalidInputException("parameters", e.getMessage());
        }
    }

    private static final CovariateChoice.Names WEIGHT = new CovariateChoice.Names("weightKg", "weight", "weight");

    private static final CovariateChoice.Names CRCL = new CovariateChoice.Names("crclMlMin", "renal", "CrCl");

}
