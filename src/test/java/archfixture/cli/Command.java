package archfixture.cli;

/** A command that uses Spring and an application package. */
public class Command {

    public String run(archfixture.patient.PatientFile file) {
        return org.springframework.util.StringUtils.capitalize(file.name());
    }

}
