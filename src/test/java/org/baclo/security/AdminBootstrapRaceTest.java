package org.baclo.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

/**
 * Several instances starting at once on an empty database (docs/deploy.md): the one that
 * loses the race to create the first administrator starts anyway; any other failure still
 * stops start-up.
 */
class AdminBootstrapRaceTest {

    private static AdminBootstrap bootstrap(RuntimeException onSave) {
        AppUserRepository users = mock(AppUserRepository.class);
        when(users.existsByRole(Role.ADMIN)).thenReturn(false);
        when(users.findByUsernameIgnoreCase("admin")).thenReturn(Optional.empty());
        when(users.save(any())).thenThrow(onSave);
        return new AdminBootstrap(users, NoOpPasswordEncoder.getInstance(),
                new SecurityProperties(null, null, null, null, true), Clock.systemUTC());
    }

    @Test
    void losing_the_race_to_another_instance_does_not_stop_start_up() {
        assertThatCode(() -> bootstrap(new DuplicateKeyException("app_user_username_unique"))
            .run(new DefaultApplicationArguments())).doesNotThrowAnyException();
    }

    @Test
    void other_failures_still_stop_start_up() {
        assertThatThrownBy(
                () -> bootstrap(new DataAccessResourceFailureException("down")).run(new DefaultApplicationArguments()))
            .isInstanceOf(DataAccessResourceFailureException.class);
    }

}
