package org.baclo.patient;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface PatientRepository extends ListCrudRepository<Patient, Long> {

    List<Patient> findAllByCareTeamIdInOrderByNameAsc(Collection<Long> careTeamIds);

}
