package org.baclo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.baclo.education.Topics;
import org.baclo.security.AuditEvent;
import org.baclo.security.AuditFilter;
import org.baclo.security.AuditService;
import org.baclo.security.Role;
import org.baclo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public pages in a real browser: home, the education pages, the error page for an
 * unknown topic, and the login form (failed and successful login, logout). Every page is
 * screenshot and checked with axe-core. Runs on H2 ({@link PublicPagesBrowserH2IT}) and
 * on PostgreSQL ({@link PublicPagesBrowserPostgresIT}).
 */
abstract class PublicPagesBrowserFlow extends BrowserTestBase {

    static final List<String> TOPICS = List.of("overview", "dosing", "side-effects", "interactions", "precautions",
            "withdrawal", "pk", "products", "itb", "alternatives", "faq");

    @Autowired
    Topics topics;

    @Autowired
    AuditService audit;

    static List<String> topics() {
        return TOPICS.stream().filter(t -> !t.equals("faq")).toList();
    }

    /** The links of the home and learn pages: the questions have their own index. */
    static List<String> topicLinks() {
        return TOPICS.stream().map(t -> t.equals("faq") ? "/learn/questions" : "/learn/" + t).toList();
    }

    private List<String> hrefs(String selector) {
        return page.locator(selector).all().stream().map(l -> l.getAttribute("href")).toList();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    @Test
    void the_topics_are_the_ones_this_test_visits() {
        assertThat(topics.ids()).containsExactlyElementsOf(TOPICS);
    }

    @Test
    void home_page() {
        open("/");
        assertThat(page.title()).isEqualTo("Home — Baclo");
        assertThat(page.locator("h1").textContent()).isEqualTo("Safe baclofen therapy");
        assertThat(page.locator("footer").textContent())
            .contains("Baclo supports, and does not replace, a clinician's judgement.");
        assertThat(hrefs("main .card a")).containsExactlyElementsOf(topicLinks());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in")).first().isVisible())
            .isTrue();
        checkPageWide("home");
        // issue 14, item 8: a favicon, not a 404 in every log
        com.microsoft.playwright.APIResponse icon = page.request().get(url("/favicon.ico"));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).startsWith("image/svg+xml");
    }

    @Test
    void learn_index() {
        open("/learn");
        assertThat(page.locator("h1").textContent()).isEqualTo("Learn about baclofen");
        assertThat(hrefs("main .list-group a")).containsExactlyElementsOf(topicLinks());
        checkPage("learn");
    }

    @ParameterizedTest
    @MethodSource("topics")
    void learn_topic(String id) {
        open("/learn/" + id);
        String title = topics.topic(id).orElseThrow().title();
        assertThat(page.title()).isEqualTo(title + " — Baclo");
        assertThat(page.locator("h1").textContent()).isEqualTo(title);
        assertThat(page.locator("main section h2").count()).isGreaterThan(0);
        assertThat(page.locator("main").textContent()).contains("Source:");
        checkPage("learn-" + id);
    }

    /**
     * Issue 14, item 7: the questions on one page per topic, with a table of contents;
     * the old single page redirects to it. Read on phones too.
     */
    @Test
    void questions_index_and_a_topic_page() {
        open("/learn/faq");
        assertThat(page.url()).isEqualTo(url("/learn/questions"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Questions and answers about baclofen");
        assertThat(page.locator("#toc > ol > li").count()).isGreaterThan(3);
        checkPageWide("questions-index");
        Navigation.clickAndWait(page, page.locator("#toc li[data-topic='withdrawal'] > a"));
        assertThat(page.url()).isEqualTo(url("/learn/questions/withdrawal"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Stopping baclofen");
        assertThat(page.locator("section.faq-answer").count()).isGreaterThan(1);
        assertThat(page.locator("#sources a[href^='https://']").count()).isGreaterThan(0);
        assertThat(page.locator("main").textContent()).doesNotContain("BACLOFEN.md").doesNotContain("LBL-TAB");
        checkPageWide("questions-withdrawal");
    }

    @Test
    void unknown_topic_shows_the_not_found_page() {
        open("/learn/no-such-topic", 404);
        assertThat(page.locator("h1").textContent()).isEqualTo("Not found");
        checkPage("learn-unknown");
    }

    @Test
    void login_page() {
        open("/login");
        assertThat(page.getByLabel("Username").isVisible()).isTrue();
        assertThat(page.getByLabel("Password").isVisible()).isTrue();
        checkPage("login");
    }

    @Test
    void failed_login_shows_an_error_and_is_audited() {
        TestUser user = createUser(Role.CLINICIAN);
        login(user.username(), "not-" + user.password());

        assertThat(page.url()).isEqualTo(url("/login?error"));
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("Wrong username or password");
        checkPage("login-failed");

        List<AuditEvent> events = audit.search(new AuditFilter(user.username(), null, "LOGIN", null, null, null));
        assertThat(events).singleElement().extracting(AuditEvent::outcome).isEqualTo("DENIED");
    }

    @Test
    void successful_login_and_logout() {
        TestUser user = createUser(Role.CLINICIAN);
        login(user);

        // a clinician starts on the worklist (issue 14)
        assertThat(page.url()).isEqualTo(url("/worklist"));
        assertThat(page.locator("nav").textContent()).contains(user.user().displayName());
        assertThat(button("Log out").isVisible()).isTrue();
        checkPage("home-logged-in");

        button("Log out").click();
        page.waitForLoadState();
        assertThat(page.url()).isEqualTo(url("/login?logout"));
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("You have been logged out.");
        checkPage("logged-out");
    }

}
