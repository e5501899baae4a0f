package org.baclo.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByRole(Role role);

    List<AppUser> findAllByOrderByUsernameAsc();

    Optional<AppUser> findByPatientId(Long patientId);

}
