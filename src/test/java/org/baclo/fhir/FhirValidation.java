package org.baclo.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The HAPI instance validator, offline: the R4 core profiles and value sets from
 * hapi-fhir-validation-resources-r4, in-memory terminology, no terminology server. Codes
 * of systems it cannot know (LOINC, ATC, Baclo's own) are warnings, not errors. Built
 * once per JVM (loading the profiles takes seconds).
 */
public final class FhirValidation {

    private static final class Holder {

        static final FhirContext CONTEXT = FhirContext.forR4();
        static final FhirValidator VALIDATOR = build(CONTEXT);

    }

    private FhirValidation() {
    }

    private static FhirValidator build(FhirContext ctx) {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx), new UnknownCodeSystemWarningValidationSupport(ctx));
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        return ctx.newValidator().registerValidatorModule(module);
    }

    /** The errors (and fatal errors) the validator reports, as "location: message". */
    public static List<String> errors(IBaseResource resource) {
        return Holder.VALIDATOR.validateWithResult(resource)
            .getMessages()
            .stream()
            .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
            .map(FhirValidation::text)
            .toList();
    }

    /** Every message, for a failing test's report. */
    public static List<String> all(IBaseResource resource) {
        return Holder.VALIDATOR.validateWithResult(resource).getMessages().stream().map(FhirValidation::text).toList();
    }

    private static String text(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }

}
