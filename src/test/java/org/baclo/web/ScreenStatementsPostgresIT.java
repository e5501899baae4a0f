package org.baclo.web;

import org.baclo.testsupport.PostgresTest;

/**
 * {@link ScreenStatementsTest} on PostgreSQL: the same constant statement counts, and the
 * batch loading of patients and plan overviews reads PostgreSQL's types right.
 */
@PostgresTest
class ScreenStatementsPostgresIT extends ScreenStatementsTest {

}
