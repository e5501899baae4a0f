package org.baclo.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.baclo.plan.PlanCharts;
import org.baclo.plan.PlanRequest;
import org.baclo.plan.PlanView;
import org.baclo.plan.PlanWorkflow;
import org.baclo.report.PlanDocument;
import org.baclo.security.BacloPrincipal;
import org.baclo.units.InputLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

@RestController
@RequestMapping(path = "/api/v1/patients/{patientId}/plans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plans", description = "Titration, taper and maintenance plans: preview, save, activate, history")
class PlanApi {

    private final PlanWorkflow plans;

    private final PlanCharts charts;

    PlanApi(PlanWorkflow plans, PlanCharts charts) {
        this.plans = plans;
        this.charts = charts;
    }

    /**
     * Body of an activation: the reason is required when the plan has a CRITICAL finding.
     */
    record Activation(@Size(max = InputLimits.REASON_MAX) String overrideReason) {
    }

    @GetMapping
    @Operation(summary = "Every plan of the patient, newest version first (history is never overwritten)")
    List<PlanView> list(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long patientId) {
        return plans.history(user, patientId);
    }

    /**
     * A preview: the plan document (every field of the plan file {@code baclo plan --out}
     * writes) and the plan's typical concentration curve for this patient
     * ({@code concentration}; null when the patient is outside the model's covariates).
     */
    record PreviewAnswer(@JsonUnwrapped PlanDocument plan,
            @JsonInclude(JsonInclude.Include.ALWAYS) Concentration concentration) {
    }

    /**
     * The curve on a regular grid: {@code ngPerMl[i]} is the plasma concentration
     * {@code i * stepHours} hours after midnight of {@code startDate} in the plan's zone.
     */
    record Concentration(String model, String startDate, double stepHours,
            @JsonSerialize(using = CentiArray.class) double[] ngPerMl) {

        static Concentration of(PlanCharts.Curve c) {
            return new Concentration(c.model(), c.startDate(), c.stepHours(), c.ngPerMl());
        }
    }

    /**
     * Numbers already rounded to 0.01 written as such ({@code 12.34}, {@code 0.0})
     * without the general double-to-text conversion, which was a tenth of a preview's CPU
     * (issue 15).
     */
    static final class CentiArray extends ValueSerializer<double[]> {

        @Override
        public void serialize(double[] values, JsonGenerator g, SerializationContext ctxt) {
            for (double v : values) {
                if (!Double.isFinite(v) || Math.abs(v) >= 1e15) { // not from the
                                                                  // simulator's
                                                                  // rounding: the general
                                                                  // way
                    g.writeArray(values, 0, values.length);
                    return;
                }
            }
            // the whole array as one piece of JSON text: one call into the generator
            StringBuilder b = new StringBuilder(values.length * 7 + 2).append('[');
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                centi(b, Math.round(values[i] * 100));
            }
            g.writeRawValue(b.append(']').toString());
        }

        /** {@code cents / 100} as a decimal with one or two fraction digits. */
        static StringBuilder centi(StringBuilder b, long cents) {
            if (cents < 0) {
                b.append('-');
                cents = -cents;
            }
            b.append(cents / 100).append('.');
            long fraction = cents % 100;
            b.append(fraction / 10);
            if (fraction % 10 != 0) {
                b.append(fraction % 10);
            }
            return b;
        }

    }

    @PostMapping("/preview")
    @Operation(summary = "Plan, check and simulate without saving: steps, product amounts, dispense totals,"
            + " findings, concentration curve")
    PreviewAnswer preview(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long patientId,
            @RequestBody PlanRequest request) {
        PlanWorkflow.Preview p = plans.preview(user, patientId, request);
        return new PreviewAnswer(p.document(), charts.curve(p.checked()).map(Concentration::of).orElse(null));
    }

    @PostMapping
    @Operation(summary = "Save a plan as a draft")
    ResponseEntity<PlanView> create(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long patientId,
            @RequestBody PlanRequest request) {
        PlanView v = plans.create(user, patientId, request);
        return ResponseEntity.status(HttpStatus.CREATED)
            .header("Location", "/api/v1/patients/" + patientId + "/plans/" + v.id())
            .body(v);
    }

    @GetMapping("/{planId}")
    @Operation(summary = "One plan")
    PlanView get(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long patientId,
            @PathVariable long planId) {
        return plans.get(user, patientId, planId);
    }

    @PostMapping("/{planId}/activate")
    @Operation(summary = "Activate a draft; a CRITICAL finding needs overrideReason. Supersedes the active plan.")
    PlanView activate(@AuthenticationPrincipal BacloPrincipal user, @PathVariable long patientId,
            @PathVariable long planId, @RequestBody(required = false) Activation body) {
        return plans.activate(user, patientId, planId, body == null ? null : body.overrideReason());
    }

}
