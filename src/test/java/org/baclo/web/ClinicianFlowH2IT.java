package org.baclo.web;

/** {@link ClinicianFlow} on the in-memory H2 of the {@code test} profile. */
class ClinicianFlowH2IT extends ClinicianFlow {

}
