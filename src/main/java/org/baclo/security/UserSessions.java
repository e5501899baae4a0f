package org.baclo.security;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends a user's HTTP sessions, which live in the database (Spring Session JDBC, migration
 * V3_3). One delete in the caller's transaction, so the change that ends them (disable,
 * password change) and the ending commit together; the next request of an ended session
 * is anonymous (login page or 401).
 */
@Component
public class UserSessions {

    private final NamedParameterJdbcTemplate jdbc;

    UserSessions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ends all of the user's sessions except {@code keepSessionId} (may be null); returns
     * how many ended.
     */
    public int endAll(String username, String keepSessionId) {
        return jdbc.update("delete from spring_session where principal_name = :u and session_id <> :keep",
                new MapSqlParameterSource("u", username).addValue("keep", keepSessionId == null ? "" : keepSessionId));
    }

    /** How many live sessions the user has (for tests and the admin view). */
    public int count(String username) {
        Integer n = jdbc.queryForObject("select count(*) from spring_session where principal_name = :u",
                new MapSqlParameterSource("u", username), Integer.class);
        return n == null ? 0 : n;
    }

}
