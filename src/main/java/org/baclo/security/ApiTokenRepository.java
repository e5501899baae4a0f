package org.baclo.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findAllByAppUserIdOrderByCreatedAtDesc(long appUserId);

    /**
     * Records a use, touching only {@code last_used_at} and only when the stored one is
     * older than {@code before}: a token used by many requests at once is not a row every
     * request waits to lock, and a use never writes back a stale {@code revoked_at} over
     * a concurrent revocation.
     */
    @Modifying
    @Transactional
    @Query("update api_token set last_used_at = :now where id = :id"
            + " and (last_used_at is null or last_used_at < :before)")
    int markUsed(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);

}
