package org.baclo.fault;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.baclo.testsupport.TestPostgres;

/**
 * {@link FaultRounds} on PostgreSQL (the tests' server, see {@link TestPostgres}; a fresh
 * database), with the application's {@code postgres} profile. The database server keeps
 * running: it is the application that is killed.
 */
class FaultPostgresIT extends FaultRounds {

    private TestPostgres.Database db;

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    List<String> springArgs(Path work) {
        return List.of("--spring.profiles.active=postgres");
    }

    @Override
    Map<String, String> environment() {
        if (db == null) {
            db = TestPostgres.createDatabase();
        }
        return Map.of("BACLO_DB_URL", db.url(), "BACLO_DB_USER", db.username(), "BACLO_DB_PASSWORD", db.password());
    }

}
