package org.baclo.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * First start: when no admin exists, creates user {@code admin} with a random password
 * and prints it once to the console. There are no default passwords anywhere.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository users;

    private final PasswordEncoder encoder;

    private final SecurityProperties props;

    private final Clock clock;

    AdminBootstrap(AppUserRepository users, PasswordEncoder encoder, SecurityProperties props, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.props = props;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.bootstrapAdmin() || users.existsByRole(Role.ADMIN)) {
            return;
        }
        String username = users.findByUsernameIgnoreCase("admin").isPresent() ? "baclo-admin" : "admin";
        String password = Passwords.random();
        if (PasswordPolicy.problem(username, password).isPresent()) {
            throw new IllegalStateException("The generated password does not meet the password policy.");
        }
        try {
            users.save(AppUser.create(username, "Administrator", encoder.encode(password), Role.ADMIN, null,
                    clock.instant()));
        }
        catch (DuplicateKeyException | DbActionExecutionException e) {
            if (!(e instanceof DuplicateKeyException) && !(e.getCause() instanceof DuplicateKeyException)) {
                throw e;
            }
            // several instances started at once on an empty database: another one made it
            LOG.info("The first administrator account was created by another instance");
            return;
        }
        LOG.info("Created the first administrator account '{}'", username);
        System.out.println();
        System.out.println("==================================================================");
        System.out.println(" Baclo first start: an administrator account was created.");
        System.out.println("   username: " + username);
        System.out.println("   password: " + password);
        System.out.println(" This password is shown only once. Log in and change it.");
        System.out.println("==================================================================");
        System.out.println();
    }

}
