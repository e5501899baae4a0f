package org.baclo.web.api;

import org.baclo.testsupport.PostgresTest;

/**
 * {@link ConcurrencyChecks} on PostgreSQL (see {@link PostgresTest}). Its test pool has
 * only 5 connections for the 40 request threads: requests wait for a connection, and none
 * waits for a second one while holding the first.
 */
@PostgresTest
class ConcurrencyPostgresIT extends ConcurrencyChecks {

}
