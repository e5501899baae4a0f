package org.baclo.web.api;

import org.baclo.testsupport.PostgresTest;

/**
 * {@link DiaryApiTest} on PostgreSQL (on conflict do nothing, for update skip locked, the
 * open_key constraint).
 */
@PostgresTest
class DiaryApiPostgresIT extends DiaryApiTest {

}
