package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclo.security.AppUser;
import org.baclo.security.Role;
import org.baclo.security.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password policy on every path that sets a password, and the hash upgrade on login.
 */
class PasswordApiTest extends ApiTestBase {

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAdminService admin;

    private org.springframework.test.web.servlet.ResultActions createUser(String username, String password)
            throws Exception {
        return mvc.perform(
                post("/api/v1/admin/users").header("Authorization", "Bearer " + f.tokens.get(ApiFixture.Actor.ADMIN))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"" + username + "\",\"displayName\":\"X\",\"role\":\"CLINICIAN\","
                            + "\"password\":\"" + password + "\"}"));
    }

    @Test
    void admin_created_users_follow_the_policy() throws Exception {
        String name = ApiFixture.unique("pw");
        createUser(name, "short").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("password"));
        createUser(name, name.toUpperCase()).andExpect(status().isBadRequest());
        createUser(name, "Password12345").andExpect(status().isBadRequest());
        createUser(name, "x".repeat(129)).andExpect(status().isBadRequest());
        createUser(name, "a".repeat(100) + "-long-but-fine").andExpect(status().isCreated());
        AppUser u = users.findByUsernameIgnoreCase(name).orElseThrow();
        assertThat(u.passwordHash()).startsWith("{pbkdf2@");
        // a password over 72 bytes: a different 73rd byte does not log in
        mvc.perform(get("/api/v1/me").with(httpBasic(name, "a".repeat(100) + "-long-but-fine")))
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(name, "a".repeat(100) + "-long-but-fin!")))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void a_password_change_follows_the_policy() {
        AppUser u = users.save(AppUser.create(ApiFixture.unique("chg"), "Chg", encoder.encode("the old password"),
                Role.CLINICIAN, null, clock.instant()));
        org.assertj.core.api.Assertions
            .assertThatThrownBy(() -> admin.changePassword(u.id(), "the old password", "qwertyuiop123"))
            .hasMessageContaining("common");
        org.assertj.core.api.Assertions
            .assertThatThrownBy(() -> admin.changePassword(u.id(), "the old password", u.username()))
            .isInstanceOf(RuntimeException.class);
        admin.changePassword(u.id(), "the old password", "a new and better password");
        assertThat(encoder.matches("a new and better password", users.findById(u.id()).orElseThrow().passwordHash()))
            .isTrue();
    }

    @Test
    void a_bcrypt_hash_is_verified_and_upgraded_on_login() throws Exception {
        String name = ApiFixture.unique("old");
        users.save(AppUser.create(name, "Old", "{bcrypt}" + new BCryptPasswordEncoder(4).encode("an old password!"),
                Role.CLINICIAN, null, clock.instant()));
        mvc.perform(get("/api/v1/me").with(httpBasic(name, "an old password!"))).andExpect(status().isOk());
        String hash = users.findByUsernameIgnoreCase(name).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{pbkdf2@");
        assertThat(encoder.matches("an old password!", hash)).isTrue();
    }

}
