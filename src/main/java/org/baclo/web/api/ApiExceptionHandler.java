package org.baclo.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.baclo.web.FieldProblem;
import org.baclo.web.ForbiddenException;
import org.baclo.web.InvalidInputException;
import org.baclo.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every API error is an RFC 7807 problem document with a stable {@code code} and, for bad input, the field
 * errors ({@code errors: [{field, message}]}). Never a stack trace; unexpected errors are logged and answered 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail,
            List<FieldProblem> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("https://baclo.org/problems/" + code.toLowerCase().replace('_', '-')));
        p.setProperty("code", code);
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message()))
                    .toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid input",
                "Correct the fields listed in errors.", e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        JacksonException je = cause(e, JacksonException.class);
        if (je != null && !je.getPath().isEmpty()) {
            String field = path(je.getPath());
            return problem(HttpStatus.BAD_REQUEST, "INVALID_FIELD_TYPE", "Invalid value",
                    "A field has a value of the wrong type or format.",
                    List.of(new FieldProblem(field, "has a value of the wrong type or format: "
                            + firstLine(je.getOriginalMessage()))));
        }
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "Malformed request body",
                "The request body is not valid JSON" + (je == null ? "." : ": " + firstLine(je.getOriginalMessage())),
                List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "Invalid parameter",
                "A path or query parameter has the wrong type.",
                List.of(new FieldProblem(e.getName(), "must be a valid " + (e.getRequiredType() == null ? "value"
                        : e.getRequiredType().getSimpleName().toLowerCase()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "Missing parameter",
                "A required parameter is missing.", List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type",
                "Send JSON with Content-Type: application/json.", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "Method not allowed",
                "This resource does not support " + e.getMethod() + ".", List.of());
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Not found", e instanceof NotFoundException
                ? e.getMessage() : "There is no such resource.", List.of());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(Exception e) {
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "Forbidden", e instanceof ForbiddenException
                ? e.getMessage() : "Your role does not allow this request.", List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "CONFLICT", "Changed by someone else",
                "The record was changed since you read it. Reload it and apply your change again.", List.of());
    }

    /**
     * Database races: a unique constraint that a concurrent request won is 409; a lock or a connection not obtained
     * in time is 503 with Retry-After (the request did nothing and may be sent again).
     */
    @ExceptionHandler({DataAccessException.class, DbActionExecutionException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> database(Exception e) {
        if (cause(e, DuplicateKeyException.class) != null) {
            return problem(HttpStatus.CONFLICT, "DUPLICATE", "Already exists",
                    "A record with the same unique value was saved at the same time. Reload and try again.",
                    List.of());
        }
        if (cause(e, OptimisticLockingFailureException.class) != null) {
            return conflict(cause(e, OptimisticLockingFailureException.class));
        }
        if (cause(e, PessimisticLockingFailureException.class) != null || cause(e, QueryTimeoutException.class) != null
                || cause(e, TransientDataAccessException.class) != null
                || cause(e, CannotGetJdbcConnectionException.class) != null
                || e instanceof CannotCreateTransactionException) {
            LOG.warn("Request refused as busy: {}", rootMessage(e));
            ResponseEntity<ProblemDetail> busy = problem(HttpStatus.SERVICE_UNAVAILABLE, "BUSY", "Busy",
                    "The server is busy with other changes to the same records; nothing was saved. Try again"
                            + " in a few seconds.", List.of());
            return ResponseEntity.status(busy.getStatusCode()).headers(busy.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, "2").body(busy.getBody());
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("Unexpected error in API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Internal error",
                "The server could not complete the request; nothing was saved half-way.", List.of());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
    }

    static String path(List<JacksonException.Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                if (!s.isEmpty()) {
                    s.append('.');
                }
                s.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.isEmpty() ? "body" : s.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null && c != c.getCause(); c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (Objects.equals(c.getCause(), c)) {
                break;
            }
        }
        return null;
    }
}
