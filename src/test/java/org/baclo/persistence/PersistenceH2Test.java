package org.baclo.persistence;

/**
 * {@link PersistenceRoundTrip} on the in-memory H2 (PostgreSQL mode) of the {@code test}
 * profile.
 */
class PersistenceH2Test extends PersistenceRoundTrip {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }

}
