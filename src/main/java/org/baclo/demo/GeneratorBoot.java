package org.baclo.demo;

import java.util.Map;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import tools.jackson.core.StreamWriteFeature;

/**
 * The generator's Spring context: the application's auto-configured data source (the same
 * properties and profiles as {@code baclo serve}), Flyway migrations and JSON mapper,
 * without the web server, the security filter chains or the application's services (no
 * component scan). Not a {@code @Configuration}: the application's component scan must
 * not pick it up (its beans would clash with the application's).
 */
@EnableAutoConfiguration
class GeneratorBoot {

    // Not a @Configuration on purpose: the application's component scan covers this
    // package, and must not pick up the generator's context.

    /** As the application's mapper (AppConfig): decimals written plain. */
    @Bean
    JsonMapperBuilderCustomizer generatorPlainDecimals() {
        return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** The application's password hash (SecurityConfig: PBKDF2 under its id). */
    static PasswordEncoder passwordEncoder() {
        String id = "pbkdf2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(id, Map.of(id, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

}
