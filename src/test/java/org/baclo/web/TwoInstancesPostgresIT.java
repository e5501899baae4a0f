package org.baclo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baclo.BacloApplication;
import org.baclo.diary.AlertSchedule;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.security.ApiTokenService;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.Role;
import org.baclo.security.UserAdminService;
import org.baclo.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 15 item 3: two application instances (two Spring Boot applications on their own
 * random ports, each with its own caches and connection pool) against one PostgreSQL
 * database, as behind a load balancer. A user logs in on one and continues on the other
 * with the same session cookie; a token revoked on one is refused by the other within the
 * stated bound (1 s); a password changed on one ends cached Basic credentials on the
 * other; the scheduled alert re-evaluation runs once per period across both, counted in
 * the database.
 */
class TwoInstancesPostgresIT {

    static final String PASSWORD = "two instances, one database";

    static ConfigurableApplicationContext a;

    static ConfigurableApplicationContext b;

    static final HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();

    @BeforeAll
    static void twoInstances() throws Exception {
        TestPostgres.Database db = TestPostgres.createDatabase();
        Knowledge knowledge = KnowledgeLoader.fromClasspath();
        a = start(db, knowledge);
        b = start(db, knowledge);
    }

    private static ConfigurableApplicationContext start(TestPostgres.Database db, Knowledge knowledge) {
        return new SpringApplicationBuilder(BacloApplication.class)
            .initializers(ctx -> ctx.getBeanFactory().registerSingleton("knowledge", knowledge))
            .run(args(Map.ofEntries(Map.entry("server.port", "0"), Map.entry("spring.datasource.url", db.url()),
                    Map.entry("spring.datasource.username", db.username()),
                    Map.entry("spring.datasource.password", db.password()),
                    Map.entry("spring.datasource.driver-class-name", "org.postgresql.Driver"),
                    Map.entry("spring.datasource.hikari.maximum-pool-size", "5"),
                    Map.entry("spring.datasource.hikari.minimum-idle", "1"),
                    Map.entry("baclo.security.bootstrap-admin", "false"),
                    // the real scheduler on both: each ticks 2 s after its start, then
                    // hourly
                    Map.entry("baclo.followup.schedule", "true"), Map.entry("baclo.followup.reevaluate-every", "PT1H"),
                    Map.entry("baclo.followup.reevaluate-initial-delay", "PT2S"),
                    Map.entry("spring.main.banner-mode", "off"), Map.entry("logging.level.root", "WARN"),
                    Map.entry("logging.level.org.baclo", "INFO"))));
    }

    /**
     * As command-line arguments: they override the test profile's properties (an H2
     * database, no scheduling).
     */
    private static String[] args(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static String base(ConfigurableApplicationContext ctx) {
        return "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
    }

    private static HttpResponse<String> send(HttpRequest.Builder r) throws Exception {
        return http.send(r.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext on, String path, String header, String value)
            throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base(on) + path)).GET();
        if (header != null) {
            r.header(header, value);
        }
        return send(r);
    }

    private static AppUser clinician() {
        PasswordEncoder encoder = a.getBean(PasswordEncoder.class);
        String name = "two" + System.nanoTime() % 1_000_000_000L;
        return a.getBean(AppUserRepository.class)
            .save(AppUser.create(name, "Dr " + name, encoder.encode(PASSWORD), Role.CLINICIAN, null, Instant.now()));
    }

    private static String sessionCookie(HttpResponse<?> r) {
        return r.headers()
            .allValues("set-cookie")
            .stream()
            .filter(c -> c.startsWith("SESSION="))
            .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
            .findFirst()
            .orElse(null);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_session_made_on_one_instance_continues_on_the_other() throws Exception {
        AppUser u = clinician();
        HttpResponse<String> page = get(a, "/login", null, null);
        String cookie = sessionCookie(page);
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String form = "username=" + URLEncoder.encode(u.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base(a) + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie)
            .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("location").orElse("")).endsWith("/home");
        String session = sessionCookie(login) == null ? cookie : sessionCookie(login);

        // the other instance knows the session: the clinician's worklist, not the login
        // page
        HttpResponse<String> onB = get(b, "/worklist", "Cookie", session);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(u.displayName());
        // without the cookie the other instance sends to the login page
        assertThat(get(b, "/worklist", null, null).statusCode()).isEqualTo(302);
        // logging out on the other instance ends the session on the first one too
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(onB.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> logout = send(HttpRequest.newBuilder(URI.create(base(b) + "/logout"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", session)
            .POST(HttpRequest.BodyPublishers
                .ofString("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(get(a, "/worklist", "Cookie", session).statusCode()).isEqualTo(302);
    }

    @Test
    void a_token_revoked_on_one_instance_is_refused_on_the_other_within_a_second() throws Exception {
        AppUser u = clinician();
        ApiTokenService.Created t = a.getBean(ApiTokenService.class).create(u.id(), "two instances");
        String bearer = "Bearer " + t.plainText();
        assertThat(get(a, "/api/v1/me", "Authorization", bearer).statusCode()).isEqualTo(200);
        assertThat(get(b, "/api/v1/me", "Authorization", bearer).statusCode()).isEqualTo(200); // cached
                                                                                               // on
                                                                                               // B

        HttpResponse<String> revoke = send(
                HttpRequest.newBuilder(URI.create(base(a) + "/api/v1/me/tokens/" + t.token().id()))
                    .header("Authorization", bearer)
                    .DELETE());
        assertThat(revoke.statusCode()).isEqualTo(204);
        long revokedAt = System.nanoTime();
        assertThat(get(a, "/api/v1/me", "Authorization", bearer).statusCode()).as("on A at once").isEqualTo(401);
        assertThat(refusedWithin(() -> get(b, "/api/v1/me", "Authorization", bearer).statusCode(), revokedAt))
            .as("ms until B refuses the revoked token (bound: 1 s check interval)")
            .isLessThanOrEqualTo(1500);
    }

    @Test
    void a_password_changed_on_one_instance_ends_cached_basic_credentials_on_the_other() throws Exception {
        AppUser u = clinician();
        String old = basic(u.username(), PASSWORD);
        assertThat(get(b, "/api/v1/me", "Authorization", old).statusCode()).isEqualTo(200); // cached
                                                                                            // on
                                                                                            // B
        a.getBean(UserAdminService.class).changePassword(u.id(), PASSWORD, "a new password for both instances");
        long changedAt = System.nanoTime();
        assertThat(refusedWithin(() -> get(b, "/api/v1/me", "Authorization", old).statusCode(), changedAt))
            .isLessThanOrEqualTo(1500);
        assertThat(get(b, "/api/v1/me", "Authorization", basic(u.username(), "a new password for both instances"))
            .statusCode()).isEqualTo(200);
    }

    interface Status {

        int get() throws Exception;

    }

    /**
     * Milliseconds from {@code since} until the call answers 401 (polled every 50 ms).
     */
    private static long refusedWithin(Status call, long since) throws Exception {
        long deadline = since + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (call.get() == 401) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Thread.sleep(50);
        }
        return Long.MAX_VALUE;
    }

    @Test
    void the_scheduled_re_evaluation_runs_once_per_period_across_both_instances() throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        String runs = "select runs from job_lease where name = 'followup-alerts'";
        // both real schedulers ticked 2 s after their start (B started well after A): one
        // run
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (jdbc.queryForObject(runs, Long.class) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(3000); // both instances have ticked by now
        assertThat(jdbc.queryForObject(runs, Long.class)).as("runs after both instances ticked").isEqualTo(1);

        // then three later periods, each ticked by both instances at the same instant
        AlertSchedule onA = a.getBean(AlertSchedule.class);
        AlertSchedule onB = b.getBean(AlertSchedule.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int period = 1; period <= 3; period++) {
                Instant at = Instant.now().plus(Duration.ofHours(period));
                CountDownLatch go = new CountDownLatch(1);
                Future<Boolean> ranA = pool.submit(() -> {
                    go.await();
                    return onA.runOnce(at, "instance-a");
                });
                Future<Boolean> ranB = pool.submit(() -> {
                    go.await();
                    return onB.runOnce(at, "instance-b");
                });
                go.countDown();
                assertThat(ranA.get() ^ ranB.get()).as("exactly one instance ran period " + period).isTrue();
                assertThat(jdbc.queryForObject(runs, Long.class)).isEqualTo(1 + period);
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select leased_by from job_lease where name = 'followup-alerts'", String.class))
            .isIn("instance-a", "instance-b");
    }

}
