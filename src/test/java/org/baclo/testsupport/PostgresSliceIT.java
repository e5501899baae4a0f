package org.baclo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;

/**
 * {@link PostgresTest} also works on a {@code @DataJdbcTest} slice: the slice keeps the
 * PostgreSQL database.
 */
@DataJdbcTest
@PostgresTest
class PostgresSliceIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    AppUserRepository users;

    @Test
    void slice_runs_on_postgresql_with_the_migrations() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        AppUser saved = users.save(AppUser.create("slice", "Slice", "{noop}x", Role.ADMIN, null,
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
        assertThat(users.findByUsernameIgnoreCase("SLICE")).contains(saved);
    }

}
