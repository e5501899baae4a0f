package org.baclo.regimen;

import java.util.Objects;
import org.baclo.knowledge.RenalBand;
import org.baclo.knowledge.RenalBandName;
import org.baclo.knowledge.RenalRules;

/**
 * Kidney function of one patient: the clearance, its band, and dialysis (which overrides the band: BACLOFEN.md
 * §5, [LBL-CA, AJKD-2017]).
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

    public static RenalAssessment of(RenalRules rules, PatientContext c) {
        Crcl crcl = c.renal() instanceof SerumCreatinine s
                ? CockcroftGault.estimate(rules, c.ageYears(), c.sex(), c.weight(), s)
                : CockcroftGault.measured((MeasuredCrcl) c.renal());
        return new RenalAssessment(crcl, rules.bandFor(crcl.value()), c.dialysis());
    }
}
