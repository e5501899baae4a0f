package org.baclo.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.baclo.knowledge.Condition;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.OralProduct;
import org.baclo.knowledge.Severity;
import org.baclo.regimen.Crcl;
import org.baclo.regimen.DispenseLine;
import org.baclo.regimen.Dose;
import org.baclo.regimen.LiquidAmount;
import org.baclo.regimen.Medication;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.Pieces;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.RenalAssessment;
import org.baclo.regimen.SerumCreatinine;
import org.baclo.regimen.MeasuredCrcl;
import org.baclo.regimen.SolidAmount;
import org.baclo.regimen.Step;
import org.baclo.regimen.TaperReason;
import org.baclo.safety.CheckedPlan;
import org.baclo.safety.Finding;
import org.baclo.units.Milligrams;

/**
 * The plan as JSON: what {@code --format json} prints, what {@code --out} writes and what
 * {@code check --regimen} reads back (schema in docs/cli.md). Absent optional values are
 * left out; {@code crclMlPerMin} and {@code renalBand} are always present (null when no
 * patient was given).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanDocument(String kind, String product, String productName, String frequency, String timeZone,
        BigDecimal fromMgDay, BigDecimal targetMgDay, String reason, String override, PatientDoc patient,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal crclMlPerMin, CrclDoc crcl,
        @JsonInclude(JsonInclude.Include.ALWAYS) String renalBand, List<RuleDoc> appliedRules, List<StepDoc> steps,
        List<DispenseDoc> dispense, List<FindingDoc> findings, String notice) {

    /**
     * The patient the plan was made for. Written always with age, dialysis and pregnancy;
     * in a hand-written file they may be left out ({@code timeZone}, never written, may
     * give the patient's zone there).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PatientDoc(Integer ageYears, String sex, BigDecimal weightKg, BigDecimal heightCm,
            BigDecimal creatinineMgDl, BigDecimal creatinineUmolL, BigDecimal measuredCrclMlPerMin, Boolean dialysis,
            Boolean pregnant, List<String> conditions, List<String> medications, String indication, String timeZone) {
    }

    public record CrclDoc(BigDecimal valueMlPerMin, String method, String calculation, String source) {
    }

    public record RuleDoc(String rule, String source) {
    }

    public record StepDoc(String startDate, String endDate, BigDecimal dailyMg, List<DoseDoc> doses) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DoseDoc(String time, BigDecimal mg, String product, BigDecimal amount, String unit,
            String concentration, List<PiecesDoc> pieces, String text) {
    }

    public record PiecesDoc(BigDecimal strengthMg, int whole, int halves) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DispenseDoc(String product, BigDecimal strengthMg, String concentration, BigDecimal quantity,
            String unit, BigDecimal totalMg, String text) {
    }

    public record FindingDoc(String code, Severity severity, String message, String rationale, String source,
            String confidence) {
    }

    public static PlanDocument of(CheckedPlan p, Knowledge k) {
        Regimen r = p.regimen();
        Optional<RenalAssessment> renal = p.renal();
        return new PlanDocument(r.kind().id(), r.productId(),
                k.oralProduct(r.productId()).map(OralProduct::name).orElse(null), r.frequency().name(),
                r.timeZone().getId(), mg(r.fromMgDay()), mg(r.targetMgDay()),
                r.reason().map(TaperReason::id).orElse(null), r.override().orElse(null),
                p.context().map(PlanDocument::patient).orElse(null),
                renal.map(x -> plain(x.crcl().value().value())).orElse(null),
                renal.map(x -> crcl(x.crcl())).orElse(null), renal.map(x -> x.band().name()).orElse(null),
                r.appliedRules().stream().map(a -> new RuleDoc(a.text(), a.sourceText())).toList(),
                r.steps().stream().map(PlanDocument::step).toList(),
                p.dispense().stream().map(PlanDocument::dispense).toList(),
                p.findings().stream().map(PlanDocument::finding).toList(), Notice.TEXT);
    }

    private static PatientDoc patient(PatientContext c) {
        Optional<SerumCreatinine> scr = c.creatinine();
        BigDecimal mgDl = scr.filter(s -> s.entered().isEmpty()).map(s -> plain(s.mgPerDl().value())).orElse(null);
        BigDecimal umol = scr.flatMap(SerumCreatinine::entered).map(u -> plain(u.value())).orElse(null);
        BigDecimal measured = c.renal() instanceof MeasuredCrcl m ? plain(m.value().value()) : null;
        return new PatientDoc(c.ageYears(), c.sex().id(), plain(c.weight().value()),
                c.height().map(h -> plain(h.value())).orElse(null), mgDl, umol, measured, c.dialysis(), c.pregnant(),
                c.conditions().stream().map(Condition::id).toList(),
                c.medications().stream().map(Medication::entered).toList(), c.indication().id(), null);
    }

    private static CrclDoc crcl(Crcl c) {
        return new CrclDoc(plain(c.value().value()), c.method().id(), c.calculation(), String.join(", ", c.source()));
    }

    private static StepDoc step(Step s) {
        return new StepDoc(s.startDate().toString(), s.endDate().toString(), plain(s.dailyMg().value()),
                s.doses().stream().map(PlanDocument::dose).toList());
    }

    private static DoseDoc dose(Dose d) {
        String concentration = d.amount() instanceof LiquidAmount l ? l.concentration().toString() : null;
        List<PiecesDoc> pieces = d.amount() instanceof SolidAmount s
                ? s.pieces().stream().map(PlanDocument::pieces).toList() : null;
        return new DoseDoc(d.time().toString(), plain(d.mg().value()), d.amount().productId(),
                plain(d.amount().amount()), d.amount().unit(), concentration, pieces,
                d.mg() + " = " + d.amount().text());
    }

    private static PiecesDoc pieces(Pieces p) {
        return new PiecesDoc(plain(p.strength().value()), p.whole(), p.halves());
    }

    private static DispenseDoc dispense(DispenseLine l) {
        return new DispenseDoc(l.productId(), l.strength().map(s -> plain(s.value())).orElse(null),
                l.concentration().map(Object::toString).orElse(null), plain(l.quantity()), l.unit(),
                plain(l.totalMg().value()), l.text());
    }

    private static FindingDoc finding(Finding f) {
        return new FindingDoc(f.code().name(), f.severity(), f.message(), f.rationale(), f.sourceText(),
                f.confidence().name());
    }

    private static BigDecimal mg(Optional<Milligrams> m) {
        return m.map(x -> plain(x.value())).orElse(null);
    }

    /** Never exponent notation in JSON: 60, not 6E+1. */
    public static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
