package archfixture.regimen;

import archfixture.patient.PatientFile;
import java.io.File;

/** Core breaking three rules: a framework type, an application type and file I/O. */
public class SpringPlanner {

    public String plan(PatientFile patient) {
        return org.springframework.util.StringUtils.capitalize(patient.name()) + new File("plan.json");
    }

}
