package org.baclo.web;

import org.baclo.testsupport.PostgresTest;

/** {@link FollowUpBrowserFlow} on PostgreSQL. */
@PostgresTest
class FollowUpBrowserPostgresIT extends FollowUpBrowserFlow {

}
