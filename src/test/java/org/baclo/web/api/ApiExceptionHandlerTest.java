package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** The API's exception mapping, called directly. */
class ApiExceptionHandlerTest {

    @Test
    void an_unexpected_error_is_a_500_problem_without_details() {
        ResponseEntity<ProblemDetail> r = new ApiExceptionHandler()
            .unexpected(new IllegalStateException("secret internals"), new MockHttpServletRequest("GET", "/api/v1/x"));
        assertThat(r.getStatusCode().value()).isEqualTo(500);
        assertThat(r.getBody().getProperties()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(r.getBody().getDetail()).doesNotContain("secret");
    }

}
