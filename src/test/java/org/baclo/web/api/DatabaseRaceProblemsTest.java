package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Issue 8, item 2: database races are answered as problem documents, never 500: a unique
 * value taken by a concurrent request is 409; a lock or a pooled connection not obtained
 * in time is 503 with Retry-After.
 */
class DatabaseRaceProblemsTest {

    private static final org.springframework.mock.web.MockHttpServletRequest REQ = new org.springframework.mock.web.MockHttpServletRequest(
            "POST", "/api/v1/patients");

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void a_unique_violation_is_409_even_when_wrapped() {
        ResponseEntity<ProblemDetail> r = handler.database(new DataIntegrityViolationException("save failed",
                new DuplicateKeyException("app_user_username_unique")), REQ);
        assertThat(r.getStatusCode().value()).isEqualTo(409);
        assertThat(r.getBody().getProperties()).containsEntry("code", "DUPLICATE");
    }

    @Test
    void a_lock_timeout_is_503_with_retry_after() {
        ResponseEntity<ProblemDetail> r = handler.database(new CannotAcquireLockException("lock timeout"), REQ);
        assertThat(r.getStatusCode().value()).isEqualTo(503);
        assertThat(r.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(r.getBody().getProperties()).containsEntry("code", "BUSY");
    }

    @Test
    void no_pooled_connection_in_time_is_503() {
        assertThat(handler.database(new CannotCreateTransactionException("no connection"), REQ).getStatusCode().value())
            .isEqualTo(503);
        assertThat(handler.database(new CannotGetJdbcConnectionException("no connection"), REQ).getStatusCode().value())
            .isEqualTo(503);
    }

    @Test
    void other_database_errors_stay_500() {
        assertThat(handler.database(new DataIntegrityViolationException("check"), REQ).getStatusCode().value())
            .isEqualTo(500);
    }

}
