package org.baclo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Base of the browser tests ({@code *IT}): the whole application on a random port, driven
 * by headless Chromium through Playwright, with helpers to log in, take screenshots and
 * run axe-core.
 *
 * <p>
 * Runs on the in-memory H2 of the {@code test} profile; add {@link PostgresTest} to a
 * subclass to run the same flow on PostgreSQL (the usual pattern: an abstract flow class
 * and two subclasses, {@code …H2IT} and {@code …PostgresIT}). One browser per test class;
 * every test gets a new browser context (no cookies) and {@link #page}. The test context
 * and database are shared by the test methods: create users with
 * {@link #createUser(Role)}, which makes unique names.
 *
 * <p>
 * Without Chromium the tests are skipped, or fail in CI (see {@link Chromium}).
 */
@ExtendWith(Chromium.Required.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestKnowledge.class)
public abstract class BrowserTestBase {

    private static Playwright playwright;

    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected AppUserRepository users;

    @Autowired
    protected PasswordEncoder passwordEncoder;

    /** The browser context of the current test (fresh per test). */
    protected BrowserContext context;

    /** The page of the current test. */
    protected Page page;

    private String testName;

    private final List<String> browserErrors = new CopyOnWriteArrayList<>();

    /**
     * A user made by {@link #createUser}, with the clear-text password to log in with.
     */
    public record TestUser(String username, String password, AppUser user) {
    }

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Chromium.executableOrSkip();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright, chromium);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage(TestInfo info) {
        testName = getClass().getSimpleName() + "." + info.getTestMethod().map(m -> m.getName()).orElse("test");
        // The app's strict Content-Security-Policy stays in force (no setBypassCSP):
        // axe-core is injected through
        // Playwright's evaluate, i.e. the DevTools protocol, which the page's CSP does
        // not restrict (checked with
        // Chromium 156). Keeping CSP on lets the tests see what a real browser blocks
        // (see assertNoBrowserErrors).
        // Should a later Chromium block the injection, use setBypassCSP(true) here, in
        // tests only.
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        browserErrors.clear();
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && m.text().contains("Content Security Policy")) {
                browserErrors.add("CSP: " + m.text() + " [at " + m.location() + "]");
            }
        });
        page.onPageError(e -> browserErrors.add("JavaScript error: " + e));
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
    }

    /** The absolute URL of a path of the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Opens a path and asserts the answer is not an error (below 400, after redirects).
     */
    protected Response open(String path) {
        Response r = page.navigate(url(path));
        assertThat(r).as("response to %s", path).isNotNull();
        assertThat(r.status()).as("status of %s", path).isLessThan(400);
        return r;
    }

    /** Opens a path and asserts the final status, e.g. 404 for an error page. */
    protected Response open(String path, int expectedStatus) {
        Response r = page.navigate(url(path));
        assertThat(r).as("response to %s", path).isNotNull();
        assertThat(r.status()).as("status of %s", path).isEqualTo(expectedStatus);
        return r;
    }

    /**
     * A new enabled user with a unique username ({@code role-xxxxxxxx}) and a random
     * password.
     */
    protected TestUser createUser(Role role) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return createUser(role.name().toLowerCase() + "-" + suffix, "pw-" + UUID.randomUUID(), role);
    }

    /** A new enabled user, stored with the application's password encoder. */
    protected TestUser createUser(String username, String password, Role role) {
        AppUser user = users.save(AppUser.create(username, "Test " + role.name().toLowerCase() + " " + username,
                passwordEncoder.encode(password), role, null, Instant.now()));
        return new TestUser(username, password, user);
    }

    /** Logs in through the form at /login; the caller asserts where it lands. */
    protected void login(String username, String password) {
        open("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForLoadState();
    }

    /** Logs a {@link TestUser} in. */
    protected void login(TestUser user) {
        login(user.username(), user.password());
    }

    /**
     * A full-page screenshot at
     * {@code target/screenshots/<TestClass>.<method>/<step>.png}.
     */
    protected Path screenshot(String step) {
        Path file = TestPaths.target()
            .resolve("screenshots")
            .resolve(testName)
            .resolve(step.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * Runs axe-core on the current page: fails on serious or critical violations, prints
     * the others.
     */
    protected AxeResults assertAccessible(String step, String... disabledRules) {
        return Accessibility.check(page, testName + " / " + step, disabledRules);
    }

    /**
     * Asserts the browser reported no Content-Security-Policy violation (an inline script
     * or style the app's CSP blocks) and no uncaught JavaScript error since the test
     * started.
     */
    protected void assertNoBrowserErrors() {
        assertThat(browserErrors).as("errors reported by the browser in %s", testName).isEmpty();
    }

    /**
     * Screenshot, axe, and no CSP violation or script error: the usual check of every
     * page a test visits.
     */
    protected AxeResults checkPage(String step) {
        screenshot(step);
        AxeResults results = assertAccessible(step);
        assertNoBrowserErrors();
        return results;
    }

    /** The phone width every page must fit (issue 14). */
    protected static final int PHONE_WIDTH = 390;

    /**
     * {@link #checkPage} at 1280 px, then again at 390 px wide, asserting at 390 px that
     * nothing is wider than the viewport (no sideways scrolling); the viewport is 1280 px
     * again afterwards.
     */
    protected void checkPageWide(String step) {
        checkPage(step);
        page.setViewportSize(PHONE_WIDTH, 844);
        try {
            // let resize observers (Chart.js) run: two animation frames
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            Number scroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            Object wide = page.evaluate("() => [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                    + ".filter(e => { for (let a = e.parentElement; a; a = a.parentElement) {"
                    + " if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return false; }"
                    + " return true; })" + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className)");
            assertThat(scroll.intValue())
                .as("page width at %d px in %s (%s); wider elements: %s", PHONE_WIDTH, step, page.url(), wide)
                .isLessThanOrEqualTo(PHONE_WIDTH);
            checkPage(step + "-390");
        }
        finally {
            page.setViewportSize(1280, 900);
        }
    }

}
