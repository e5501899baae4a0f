package org.baclo.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface CareTeamRepository extends ListCrudRepository<CareTeam, Long> {

    Optional<CareTeam> findByNameIgnoreCase(String name);

    List<CareTeam> findAllByOrderByNameAsc();

    @Query("select t.id from care_team t join care_team_member m on m.care_team = t.id where m.app_user = :userId")
    List<Long> findTeamIdsOfUser(@Param("userId") long userId);

}
