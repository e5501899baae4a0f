package org.baclo.web;

import org.baclo.testsupport.PostgresTest;

/** {@link AdminPagesBrowserFlow} on PostgreSQL. */
@PostgresTest
class AdminPagesBrowserPostgresIT extends AdminPagesBrowserFlow {

}
