package org.baclo.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring test context against a real PostgreSQL instead of the in-memory H2 of the
 * {@code test} profile. Put it next to {@code @SpringBootTest} (or a slice such as
 * {@code @DataJdbcTest}; the slice's test-database replacement is switched off) on a
 * class named {@code *IT}, so that it runs in {@code ./mvnw verify}.
 *
 * <p>
 * Each Spring context gets a fresh, empty database (Flyway migrates it as usual);
 * contexts are cached as usual, so test classes with the same configuration share one
 * database: use unique names in test data. The server is {@link TestPostgres}: one
 * embedded PostgreSQL per JVM, or the server named by {@code BACLO_TEST_PG_URL}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(PostgresContextCustomizerFactory.class)
public @interface PostgresTest {

}
