package org.baclo.web.api;

/**
 * {@link ConcurrencyChecks} on the H2 of the {@code test} profile, with the application's
 * pool and threads.
 */
class ConcurrencyH2IT extends ConcurrencyChecks {

}
