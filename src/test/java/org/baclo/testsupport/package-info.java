/**
 * Test infrastructure shared by the Spring, PostgreSQL and browser tests.
 *
 * <ul>
 * <li>{@link org.baclo.testsupport.TestKnowledge}: {@code @Import} it into a
 * {@code @SpringBootTest} (the knowledge base is not a bean of its own outside
 * {@code BacloApplication.start}).</li>
 * <li>{@link org.baclo.testsupport.PostgresTest}: the Spring context runs on a fresh
 * database of a real PostgreSQL ({@link org.baclo.testsupport.TestPostgres}). Name such
 * classes {@code *IT}. To run one test body on both databases: an abstract class with the
 * tests and two subclasses, {@code …H2Test} (or {@code …H2IT}) and {@code …PostgresIT}
 * carrying {@code @PostgresTest}; see {@code org.baclo.persistence}.</li>
 * <li>{@link org.baclo.testsupport.BrowserTestBase}: the app on a random port in headless
 * Chromium with {@code page}, {@code open}, {@code createUser}, {@code login},
 * {@code screenshot}, {@code assertAccessible} (axe-core) and {@code checkPage} (all of
 * them); see {@code org.baclo.web.PublicPagesBrowserFlow}.</li>
 * </ul>
 */
package org.baclo.testsupport;
