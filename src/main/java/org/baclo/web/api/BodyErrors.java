package org.baclo.web.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.baclo.app.ApiError;
import org.baclo.app.FieldProblem;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Field problems for a request body that cannot be read or fails its declared limits.
 * Messages say what the field must be; they never quote the bad value (a number such as
 * {@code 1e100000000} must not come back as 100 MB).
 */
final class BodyErrors {

    private BodyErrors() {
    }

    static ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        JacksonException je = cause(e, JacksonException.class);
        if (je != null && !je.getPath().isEmpty()) {
            Class<?> target = je instanceof MismatchedInputException m ? m.getTargetType() : null;
            return ApiExceptionHandler.problem(ApiError.INVALID_FIELD_TYPE,
                    "A field has a value of the wrong type or format.",
                    List.of(new FieldProblem(path(je.getPath()), "must be " + describe(target) + ".")));
        }
        TokenStreamLocation at = je == null ? null : je.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return ApiExceptionHandler.problem(ApiError.MALFORMED_JSON,
                "The request body is not valid JSON" + where + "; send one JSON object with the documented fields.",
                List.of());
    }

    static List<FieldProblem> of(MethodArgumentNotValidException e) {
        List<FieldProblem> out = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            out.add(new FieldProblem(f.getField(), message(f)));
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> out.add(new FieldProblem("body", message(g))));
        return out;
    }

    static List<FieldProblem> of(HandlerMethodValidationException e) {
        List<FieldProblem> out = new ArrayList<>();
        e.getParameterValidationResults()
            .forEach(r -> r.getResolvableErrors()
                .forEach(err -> out.add(new FieldProblem(
                        err instanceof FieldError f ? f.getField() : r.getMethodParameter().getParameterName(),
                        message(err)))));
        return out;
    }

    private static String message(MessageSourceResolvable err) {
        String m = err.getDefaultMessage();
        return m == null ? "is not valid" : m;
    }

    /** What a value of this type looks like, in words. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "of the documented type";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "a whole number in decimal digits";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-03-01";
        }
        if (type == LocalTime.class) {
            return "a time such as 08:00";
        }
        if (type == Instant.class) {
            return "an instant such as 2026-03-01T08:00:00Z";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of the documented type";
    }

    static String path(List<JacksonException.Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                if (!s.isEmpty()) {
                    s.append('.');
                }
                s.append(org.baclo.units.Quote.value(r.getPropertyName()));
            }
            else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.isEmpty() ? "body" : s.toString();
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

}
