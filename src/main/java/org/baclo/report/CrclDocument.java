package org.baclo.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.regimen.PatientContext;
import org.baclo.regimen.RenalAssessment;

/**
 * The JSON of a kidney estimate with its renal band, written by
 * {@code baclo crcl --format json} and {@code GET /api/v1/tools/crcl} (a contract: field
 * names are kept; fields may be added).
 */
public record CrclDocument(BigDecimal crclMlPerMin, String renalBand, String bandRange, String method,
        String calculation, String formula, Inputs inputs, String source) {

    /**
     * The inputs the estimate used, as resolved (creatinine in mg/dL, and in µmol/L when
     * entered so).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Inputs(int ageYears, String sex, BigDecimal weightKg, BigDecimal creatinineMgDl,
            BigDecimal creatinineUmolL) {
    }

    /**
     * The document, or empty when the kidney cannot be assessed from the context (a child
     * without a height).
     */
    public static Optional<CrclDocument> of(Knowledge k, PatientContext c) {
        return RenalAssessment.assess(k, c).map(r -> of(k, c, r));
    }

    public static CrclDocument of(Knowledge k, PatientContext c, RenalAssessment r) {
        BigDecimal mgDl = c.creatinine().map(s -> plain(s.mgPerDl().value())).orElse(null);
        BigDecimal umol = c.creatinine().flatMap(s -> s.entered()).map(u -> plain(u.value())).orElse(null);
        Inputs inputs = new Inputs(c.ageYears(), c.sex().id(), plain(c.weight().value()), mgDl, umol);
        return new CrclDocument(plain(r.crcl().value().value()), r.band().name(), r.clearanceBand().rangeText(),
                r.crcl().method().id(), r.crcl().calculation(), k.dosing().renal().formula(), inputs,
                String.join(", ", r.crcl().source()));
    }

    private static BigDecimal plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
