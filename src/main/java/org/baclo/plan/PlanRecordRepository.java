package org.baclo.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface PlanRecordRepository extends ListCrudRepository<PlanRecord, Long> {

    List<PlanRecord> findAllByPatientIdOrderByVersionNoDesc(long patientId);

    List<PlanRecord> findAllByPatientIdAndStatus(long patientId, PlanStatus status);

    Optional<PlanRecord> findByIdAndPatientId(long id, long patientId);

}
