package org.baclo.web;

import org.baclo.testsupport.PostgresTest;

/** {@link ClinicianFlow} on PostgreSQL. */
@PostgresTest
class ClinicianFlowPostgresIT extends ClinicianFlow {

}
