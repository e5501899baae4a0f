package org.baclo.fhirmap;

import org.baclo.knowledge.Drug;
import org.baclo.knowledge.Substance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Quantity;

/** Code systems and the codings Baclo uses in FHIR. */
public final class FhirCodes {

    /** WHO ATC, as HL7 names it. */
    public static final String ATC = "http://www.whocc.no/atc";

    public static final String UCUM = "http://unitsofmeasure.org";

    public static final String LOINC = "http://loinc.org";

    /**
     * Baclo's own code systems for finding codes, alert codes and conditions (product
     * codes, not clinical ones).
     */
    public static final String BACLO_FINDING = "https://baclo.org/fhir/CodeSystem/baclo-finding";

    public static final String BACLO_ALERT = "https://baclo.org/fhir/CodeSystem/baclo-alert";

    public static final String BACLO_CONDITION = "https://baclo.org/fhir/CodeSystem/baclo-condition";

    private FhirCodes() {
    }

    /**
     * Baclofen as the medication of a request or administration: ATC code from drug.yaml
     * [LBL-TAB].
     */
    public static CodeableConcept baclofen(Drug drug) {
        return new CodeableConcept().addCoding(new Coding(ATC, drug.atc(), drug.name())).setText(drug.name());
    }

    /**
     * A co-medication as entered, with the ATC code of the substance it matched (if any).
     */
    public static CodeableConcept substance(String entered, Substance matched) {
        CodeableConcept c = new CodeableConcept().setText(entered);
        if (matched != null && matched.atc() != null && !matched.atc().isBlank()) {
            c.addCoding(new Coding(ATC, matched.atc(), matched.name()));
        }
        return c;
    }

    public static CodeableConcept code(String system, String code, String text) {
        return new CodeableConcept().addCoding(new Coding(system, code, null)).setText(text);
    }

    /**
     * A UCUM quantity: {@code unitCode} is the UCUM code ("mg", "ug/d", "s"),
     * {@code unit} what people read.
     */
    public static Quantity ucum(java.math.BigDecimal value, String unit, String unitCode) {
        return new Quantity().setValue(value).setUnit(unit).setSystem(UCUM).setCode(unitCode);
    }

}
