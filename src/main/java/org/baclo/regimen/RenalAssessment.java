package org.baclo.regimen;

import java.util.Objects;
import java.util.Optional;
import org.baclo.knowledge.KidneyInputs;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.RenalBand;
import org.baclo.knowledge.RenalBandName;
import org.baclo.knowledge.RenalRules;

/**
 * Kidney function of one patient: the clearance, its band, and dialysis (which overrides
 * the band: BACLOFEN.md §5, [LBL-CA, AJKD-2017]).
 *
 * @param clearanceBand the CrCl band (reported even on dialysis)
 */
public record RenalAssessment(Crcl crcl, RenalBand clearanceBand, boolean dialysis) {
    public RenalAssessment {
        Objects.requireNonNull(crcl, "crcl");
        Objects.requireNonNull(clearanceBand, "clearanceBand");
    }

    /** NORMAL, MILD, MODERATE, SEVERE, or DIALYSIS when the patient is on dialysis. */
    public RenalBandName band() {
        return dialysis ? RenalBandName.DIALYSIS : clearanceBand.band();
    }

    /**
     * The assessment (BACLOFEN.md §5): a measured CrCl as given; from a creatinine,
     * Cockcroft–Gault for adults (weight chosen from the height when known) and bedside
     * Schwartz under 18 — which needs a height: a child without one has no kidney
     * estimate (empty; a finding says so).
     */
    public static Optional<RenalAssessment> assess(Knowledge k, PatientContext c) {
        RenalRules rules = k.dosing().renal();
        KidneyInputs inputs = k.dosing().kidneyInputs();
        Crcl crcl;
        if (c.renal() instanceof SerumCreatinine s) {
            if (c.ageYears() < inputs.adultAge()) {
                if (c.height().isEmpty()) {
                    return Optional.empty();
                }
                crcl = CockcroftGault.schwartz(inputs, c.height().get(), s);
            }
            else {
                crcl = CockcroftGault.estimate(rules, inputs, c.ageYears(), c.sex(), c.weight(), c.height(), s);
            }
        }
        else {
            crcl = CockcroftGault.measured((MeasuredCrcl) c.renal());
        }
        return Optional.of(new RenalAssessment(crcl, rules.bandFor(crcl.value()), c.dialysis()));
    }

    /**
     * Cockcroft–Gault on the actual weight for every age, or the measured CrCl (no height
     * rules).
     */
    public static RenalAssessment of(RenalRules rules, PatientContext c) {
        Crcl crcl = c.renal() instanceof SerumCreatinine s
                ? CockcroftGault.estimate(rules, c.ageYears(), c.sex(), c.weight(), s)
                : CockcroftGault.measured((MeasuredCrcl) c.renal());
        return new RenalAssessment(crcl, rules.bandFor(crcl.value()), c.dialysis());
    }
}
