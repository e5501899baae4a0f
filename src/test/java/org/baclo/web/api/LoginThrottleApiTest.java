package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.baclo.security.AppUser;
import org.baclo.security.LoginThrottle;
import org.baclo.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 8 item 4: an attacker's wrong passwords from one address slow that address down,
 * and never stop the user's right password from another address nor the user's API token.
 */
class LoginThrottleApiTest extends ApiTestBase {

    static final String PASSWORD = "the right password, long";

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private AppUser victim() {
        return users.save(AppUser.create(ApiFixture.unique("victim"), "Victim", encoder.encode(PASSWORD),
                Role.CLINICIAN, null, clock.instant()));
    }

    @Test
    void an_attacker_cannot_lock_out_the_user() throws Exception {
        AppUser v = victim();
        String token = tokens.create(v.id(), "t").plainText();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(v.username(), "wrong-" + i)).with(from("10.0.0.66")))
                .andExpect(status().isUnauthorized());
        }
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(v.username(), "wrong-x" + i)).with(from("10.0.0.66")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("LOGIN_THROTTLED"));
        }
        // the attacker's address is slowed down even with the right password ...
        mvc.perform(get("/api/v1/me").with(httpBasic(v.username(), PASSWORD)).with(from("10.0.0.66")))
            .andExpect(status().isTooManyRequests());
        // ... but the user, from their own address, and their token are not
        mvc.perform(get("/api/v1/me").with(httpBasic(v.username(), PASSWORD)).with(from("10.0.0.7")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value(v.username()));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token).with(from("10.0.0.66")))
            .andExpect(status().isOk());
        assertThat(throttle.failures(v.username(), "10.0.0.66")).isEqualTo(3);

        // every failure and every throttled attempt is audited with the address
        Integer denied = jdbc.queryForObject("select count(*) from audit_event where username = ? and action = 'LOGIN'"
                + " and outcome = 'DENIED' and source_address = '10.0.0.66'", Integer.class, v.username());
        assertThat(denied).isEqualTo(3 + 5 + 1);
        Integer ok = jdbc.queryForObject("select count(*) from audit_event where username = ? and action = 'LOGIN'"
                + " and outcome = 'OK' and source_address = '10.0.0.7'", Integer.class, v.username());
        assertThat(ok).isEqualTo(1);
    }

    @Test
    void the_login_page_says_when_an_address_is_throttled() throws Exception {
        AppUser v = victim();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login").with(csrf())
                .with(from("10.0.0.99"))
                .param("username", v.username())
                .param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        String target = mvc
            .perform(post("/login").with(csrf())
                .with(from("10.0.0.99"))
                .param("username", v.username())
                .param("password", PASSWORD))
            .andExpect(redirectedUrlPattern("/login?throttled=*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        mvc.perform(get(target))
            .andExpect(status().isOk())
            .andExpect(
                    content().string(containsString("Too many failed logins for this account from your" + " address")));
        mvc.perform(post("/login").with(csrf())
            .with(from("10.0.0.100"))
            .param("username", v.username())
            .param("password", PASSWORD)).andExpect(redirectedUrl("/home"));
    }

    @Test
    void a_success_resets_the_counter_of_that_address() throws Exception {
        AppUser v = victim();
        mvc.perform(get("/api/v1/me").with(httpBasic(v.username(), "wrong")).with(from("10.0.0.8")))
            .andExpect(status().isUnauthorized());
        assertThat(throttle.failures(v.username(), "10.0.0.8")).isEqualTo(1);
        mvc.perform(get("/api/v1/me").with(httpBasic(v.username(), PASSWORD)).with(from("10.0.0.8")))
            .andExpect(status().isOk());
        assertThat(throttle.failures(v.username(), "10.0.0.8")).isZero();
    }

    @Test
    void concurrent_wrong_passwords_never_answer_500() throws Exception {
        AppUser v = victim();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String address = i % 2 == 0 ? "10.0.1.1" : "10.0.1.2";
                int n = i;
                Callable<Integer> call = () -> mvc
                    .perform(get("/api/v1/me").with(httpBasic(v.username(), "wrong" + n)).with(from(address)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
                answers.add(pool.submit(call));
            }
            for (Future<Integer> a : answers) {
                statuses.add(a.get());
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(statuses).allMatch(s -> s == 401 || s == 429);
        long unauthorised = statuses.stream().filter(s -> s == 401).count();
        assertThat(throttle.failures(v.username(), "10.0.1.1") + throttle.failures(v.username(), "10.0.1.2"))
            .as("each checked wrong password counted exactly once")
            .isEqualTo((int) unauthorised);
        assertThat(users.findById(v.id()).orElseThrow().enabled()).isTrue();
    }

}
