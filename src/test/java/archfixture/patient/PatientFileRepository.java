package archfixture.patient;

import org.springframework.data.repository.ListCrudRepository;

/** A repository that the web uses directly. */
public interface PatientFileRepository extends ListCrudRepository<PatientFile, Long> {

}
