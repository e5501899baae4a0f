package org.baclo.pumpclinic;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * {@link PumpStoreRoundTrip} on the in-memory H2 (PostgreSQL mode) of the test profile.
 */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PumpStoreH2Test extends PumpStoreRoundTrip {

}
