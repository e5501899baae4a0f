package archfixture.patient;

/**
 * An application type that throws the web's exception (application → web) and forms a
 * cycle with web.
 */
public record PatientFile(String name) {
    public PatientFile {
        if (name == null) {
            throw new archfixture.web.NotFound();
        }
    }
}
