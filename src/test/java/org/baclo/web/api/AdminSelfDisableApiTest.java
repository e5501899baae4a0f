package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Issue 14, item 6: an administrator cannot disable their own account; other accounts
 * they can.
 */
class AdminSelfDisableApiTest extends ApiTestBase {

    private org.springframework.test.web.servlet.ResultActions setEnabled(long id, boolean enabled) throws Exception {
        return mvc.perform(put("/api/v1/admin/users/" + id + "/enabled")
            .header("Authorization", "Bearer " + f.tokens.get(ApiFixture.Actor.ADMIN))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"enabled\":" + enabled + "}"));
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() throws Exception {
        long self = f.users.get(ApiFixture.Actor.ADMIN).id();
        setEnabled(self, false).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("enabled"));
        assertThat(users.findById(self).orElseThrow().enabled()).isTrue();
    }

    @Test
    void an_administrator_can_disable_another_account() throws Exception {
        long other = f.clinician.id();
        setEnabled(other, false).andExpect(status().isOk());
        assertThat(users.findById(other).orElseThrow().enabled()).isFalse();
    }

}
