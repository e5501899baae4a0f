package archfixture.report;

/** Rendering that reaches into the application and into Spring. */
public class Printer {

    public String print(archfixture.patient.PatientFile patient) {
        return org.springframework.util.StringUtils.trimWhitespace(patient.name());
    }

}
