package archfixture.web;

/** A page that reads a repository of another package and calls the CLI. */
public class Pages {

    public Object list(archfixture.patient.PatientFileRepository repository) {
        return repository.findAll() + new archfixture.cli.Command().toString();
    }

}
