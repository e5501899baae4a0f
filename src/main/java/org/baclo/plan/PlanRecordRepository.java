package org.baclo.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface PlanRecordRepository extends ListCrudRepository<PlanRecord, Long> {
    List<PlanRecord> findAllByPatientIdOrderByVersionNoDesc(long patientId);

    List<PlanRecord> findAllByPatientIdAndStatus(long patientId, PlanStatus status);

    Optional<PlanRecord> findByIdAndPatientId(long id, long patientId);

    @Query("select coalesce(max(version_no), 0) from plan_record where patient_id = :patientId")
    int maxVersionNo(@Param("patientId") long patientId);
}
