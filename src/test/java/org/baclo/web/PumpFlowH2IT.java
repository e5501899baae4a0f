package org.baclo.web;

/** {@link PumpFlow} on the in-memory H2 of the {@code test} profile. */
class PumpFlowH2IT extends PumpFlow {

}
