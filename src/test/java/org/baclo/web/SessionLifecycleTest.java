package org.baclo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.Role;
import org.baclo.security.UserAdminService;
import org.baclo.security.UserSessions;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 8 item 5: sessions live in the database (Spring Session JDBC); disabling a user
 * or changing a password ends the user's (other) sessions, and the next request of an
 * ended session goes to the login page.
 */
@SpringBootTest
@Import(TestKnowledge.class)
class SessionLifecycleTest {

    static final String PASSWORD = "a session test password";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAdminService admin;

    @Autowired
    UserSessions sessions;

    @Autowired
    Clock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
            .addFilters(context.getBean("springSessionRepositoryFilter", Filter.class))
            .apply(springSecurity())
            .build();
    }

    private AppUser user() {
        return users.save(AppUser.create("sess" + System.nanoTime(), "Session User", encoder.encode(PASSWORD),
                Role.CLINICIAN, null, clock.instant()));
    }

    private Cookie login(AppUser u) throws Exception {
        Cookie c = mvc.perform(post("/login").param("username", u.username()).param("password", PASSWORD).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/home"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
        assertThat(c).as("the session cookie of Spring Session").isNotNull();
        return c;
    }

    private void stillLoggedIn(Cookie c) throws Exception {
        mvc.perform(get("/account").cookie(c)).andExpect(status().isOk());
    }

    private void sentToLogin(Cookie c) throws Exception {
        mvc.perform(get("/account").cookie(c))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_login_is_a_session_row_in_the_database() throws Exception {
        AppUser u = user();
        Cookie c = login(u);
        assertThat(sessions.count(u.username())).isEqualTo(1);
        stillLoggedIn(c);
    }

    @Test
    void disabling_a_user_ends_their_sessions_at_once() throws Exception {
        AppUser u = user();
        Cookie first = login(u);
        Cookie second = login(u);
        stillLoggedIn(first);
        admin.setEnabled(u.id(), false);
        assertThat(sessions.count(u.username())).isZero();
        sentToLogin(first);
        sentToLogin(second);
    }

    @Test
    void a_password_change_ends_the_other_sessions_only() throws Exception {
        AppUser u = user();
        Cookie here = login(u);
        Cookie elsewhere = login(u);
        mvc.perform(post("/account/password").cookie(here)
            .with(csrf())
            .param("currentPassword", PASSWORD)
            .param("newPassword", "a brand new session password"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/account*"));
        stillLoggedIn(here);
        sentToLogin(elsewhere);
        assertThat(sessions.count(u.username())).isEqualTo(1);
    }

}
