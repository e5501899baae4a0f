package org.baclo.pumpclinic;

import org.baclo.testsupport.PostgresTest;

/** {@link PumpStoreRoundTrip} on a real PostgreSQL (see {@link PostgresTest}). */
@PostgresTest
class PumpStorePostgresIT extends PumpStoreRoundTrip {

}
