package org.baclo.web;

import org.baclo.testsupport.PostgresTest;

/** {@link PublicPagesBrowserFlow} on PostgreSQL. */
@PostgresTest
class PublicPagesBrowserPostgresIT extends PublicPagesBrowserFlow {

}
