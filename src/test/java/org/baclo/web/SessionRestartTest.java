package org.baclo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baclo.BacloApplication;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 8 item 5: a login survives a restart. Two application contexts, one after the
 * other, on the same H2 database file; the session cookie from the first is accepted by
 * the second.
 */
class SessionRestartTest {

    private static final Knowledge KNOWLEDGE = KnowledgeLoader.fromClasspath();

    private final HttpClient http = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(BacloApplication.class)
            .initializers(ctx -> ctx.getBeanFactory().registerSingleton("knowledge", KNOWLEDGE))
            .run("--server.port=0", "--baclo.security.bootstrap-admin=false",
                    "--server.forward-headers-strategy=native",
                    "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("baclo").toAbsolutePath()
                            + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE");
    }

    private static String base(ConfigurableApplicationContext ctx) {
        return "http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    private static String sessionCookie(HttpResponse<?> r) {
        return r.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(c -> c.startsWith("SESSION="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void a_login_survives_a_restart() throws Exception {
        Path dir = Path.of("target", "session-restart-" + System.nanoTime());
        String cookie;
        String password = "restart test password";
        try (ConfigurableApplicationContext first = start(dir)) {
            String username = "restart" + System.nanoTime();
            first.getBean(AppUserRepository.class)
                .save(AppUser.create(username, "Restart", first.getBean(PasswordEncoder.class).encode(password),
                        Role.CLINICIAN, null, Clock.systemUTC().instant()));
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base(first) + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
            assertThat(m.find()).as("CSRF token on the login form").isTrue();
            String body = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base(first) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", sessionCookie(form))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            cookie = sessionCookie(login);
            assertThat(account(first, cookie).statusCode()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext second = start(dir)) {
            HttpResponse<String> page = account(second, cookie);
            assertThat(page.statusCode()).as("still logged in after the restart").isEqualTo(200);
            assertThat(account(second, "SESSION=bm8tc3VjaC1zZXNzaW9u").statusCode()).isEqualTo(302);
            behindATlsProxy(second);
        }
    }

    /**
     * Issue 8 item 7, behind a proxy that says the client used TLS
     * ({@code server.forward-headers-strategy=native}, request from a trusted local proxy
     * address): HSTS and a Secure session cookie; without the header neither.
     */
    private void behindATlsProxy(ConfigurableApplicationContext ctx) throws Exception {
        HttpResponse<String> tls = http.send(
                HttpRequest.newBuilder(URI.create(base(ctx) + "/login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tls.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(tls.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
            .singleElement()
            .satisfies(c -> assertThat(c).containsIgnoringCase("; Secure")
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(base(ctx) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
            .singleElement()
            .satisfies(c -> assertThat(c).doesNotContainIgnoringCase("secure"));
    }

    private HttpResponse<String> account(ConfigurableApplicationContext ctx, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base(ctx) + "/account")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
