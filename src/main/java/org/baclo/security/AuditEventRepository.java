package org.baclo.security;

import org.springframework.data.repository.ListCrudRepository;

public interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

}
