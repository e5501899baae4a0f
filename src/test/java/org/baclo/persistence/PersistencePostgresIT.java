package org.baclo.persistence;

import org.baclo.testsupport.PostgresTest;

/** {@link PersistenceRoundTrip} on a real PostgreSQL (see {@link PostgresTest}). */
@PostgresTest
class PersistencePostgresIT extends PersistenceRoundTrip {

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }

}
