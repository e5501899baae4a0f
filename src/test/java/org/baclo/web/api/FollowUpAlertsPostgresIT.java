package org.baclo.web.api;

import org.baclo.testsupport.PostgresTest;

/**
 * {@link FollowUpAlertsTest} on PostgreSQL (on conflict do nothing, for update skip
 * locked, the open_key constraint).
 */
@PostgresTest
class FollowUpAlertsPostgresIT extends FollowUpAlertsTest {

}
