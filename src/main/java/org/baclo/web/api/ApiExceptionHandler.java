package org.baclo.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.baclo.app.ApiError;
import org.baclo.app.ConflictException;
import org.baclo.app.FieldProblem;
import org.baclo.app.ForbiddenException;
import org.baclo.app.InvalidInputException;
import org.baclo.app.NotFoundException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.baclo.security.ProblemWriter;
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
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where errors raised while an API controller runs become problem documents
 * (RFC 7807) with a stable {@link ApiError} code and, for bad input, the field errors.
 * Errors raised before a controller is chosen (no such path, 405, 406) and by the
 * container are answered by {@code web.ErrorPages} with the same factory. Never a stack
 * trace and never a long echo of a bad value; unexpected errors are logged and answered
 * 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    static ResponseEntity<ProblemDetail> problem(ApiError error, String detail, List<FieldProblem> errors) {
        // The content type is set here, so no Accept header can turn an error into a 406
        // or a 500.
        return ResponseEntity.status(error.status())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(ProblemWriter.document(error, detail, errors, null));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(ApiError.VALIDATION_FAILED, "Correct the fields listed in errors.", e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return BodyErrors.unreadable(e);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException e) {
        return problem(ApiError.VALIDATION_FAILED, "Correct the fields listed in errors.", BodyErrors.of(e));
    }

    @ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> notValid(org.springframework.web.bind.MethodArgumentNotValidException e) {
        return problem(ApiError.VALIDATION_FAILED, "Correct the fields listed in errors.", BodyErrors.of(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(ApiError.INVALID_PARAMETER, "A path or query parameter has the wrong type.",
                List.of(new FieldProblem(e.getName(), "must be " + BodyErrors.describe(e.getRequiredType()))));
    }

    /**
     * Tomcat refuses to decode a query string such as {@code ?q=%zz} (the value is not
     * quoted back).
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
        return problem(ApiError.INVALID_PARAMETER, "A query parameter is not valid percent-encoded UTF-8.", List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problem(ApiError.INVALID_PARAMETER, "A required parameter is missing.",
                List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(ApiError.UNSUPPORTED_MEDIA_TYPE, "Send JSON with Content-Type: application/json.", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return problem(ApiError.NOT_ACCEPTABLE, "The API answers JSON: send Accept: application/json.", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(ApiError.METHOD_NOT_ALLOWED, "This resource does not support this method.", List.of());
    }

    @ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
    ResponseEntity<ProblemDetail> notFound(Exception e) {
        return problem(ApiError.NOT_FOUND,
                e instanceof NotFoundException ? e.getMessage() : "There is no such resource.", List.of());
    }

    @ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
    ResponseEntity<ProblemDetail> forbidden(Exception e) {
        return problem(ApiError.FORBIDDEN,
                e instanceof ForbiddenException ? e.getMessage() : "Your role does not allow this request.", List.of());
    }

    @ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
    ResponseEntity<ProblemDetail> conflict(Exception e) {
        return problem(ApiError.CONFLICT,
                e instanceof ConflictException ? e.getMessage()
                        : "The record was changed since you read it. Reload it and apply your change again.",
                List.of());
    }

    /**
     * Database races: a unique constraint that a concurrent request won is 409; a lock or
     * a connection not obtained in time is 503 with Retry-After (the request did nothing
     * and may be sent again).
     */
    @ExceptionHandler({ DataAccessException.class, DbActionExecutionException.class,
            CannotCreateTransactionException.class })
    ResponseEntity<ProblemDetail> database(Exception e, HttpServletRequest req) {
        if (cause(e, DuplicateKeyException.class) != null) {
            return problem(ApiError.DUPLICATE,
                    "A record with the same unique value was saved at the same time. Reload and try again.", List.of());
        }
        if (cause(e, OptimisticLockingFailureException.class) != null) {
            return conflict(cause(e, OptimisticLockingFailureException.class));
        }
        if (cause(e, PessimisticLockingFailureException.class) != null || cause(e, QueryTimeoutException.class) != null
                || cause(e, TransientDataAccessException.class) != null
                || cause(e, CannotGetJdbcConnectionException.class) != null
                || e instanceof CannotCreateTransactionException) {
            LOG.warn("Request refused as busy: {}", rootMessage(e));
            ResponseEntity<ProblemDetail> busy = problem(ApiError.BUSY,
                    "The server is busy with other changes to the same records; nothing was saved. Try again"
                            + " in a few seconds.",
                    List.of());
            return ResponseEntity.status(busy.getStatusCode())
                .headers(busy.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "2")
                .body(busy.getBody());
        }
        return unexpected(e, req);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest req) {
        LOG.error("Unexpected error in API request {} {}", req.getMethod(), req.getRequestURI(), e);
        return problem(ApiError.INTERNAL_ERROR,
                "The server could not complete the request; nothing was saved half-way.", List.of());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
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
            if (java.util.Objects.equals(c.getCause(), c)) {
                break;
            }
        }
        return null;
    }

}
