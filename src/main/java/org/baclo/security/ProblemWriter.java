package org.baclo.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.baclo.app.ApiError;
import org.baclo.app.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The one factory of RFC 7807 problem documents: used by the API's exception handler, by
 * the security entry points and filters (where no controller advice runs) and by the
 * error controller for container errors.
 */
@Component
public class ProblemWriter {

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A problem document with the error's status, title, type and {@code code}, the
     * detail sentence, and the field errors as {@code errors: [{field, message}]} when
     * there are any.
     * @param instance the request path, or null; left out when it is not a valid URI
     * reference
     */
    public static ProblemDetail document(ApiError error, String detail, List<FieldProblem> errors, String instance) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(error.status()), detail);
        p.setTitle(error.title());
        p.setType(URI.create(error.type()));
        if (instance != null) {
            try {
                p.setInstance(new URI(instance));
            }
            catch (URISyntaxException e) {
                // an odd request path (e.g. a lone '%') is not echoed back
            }
        }
        p.setProperty("code", error.code());
        if (!errors.isEmpty()) {
            p.setProperty("errors",
                    errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        }
        return p;
    }

    /**
     * Writes the problem document for {@code error} to the response, whatever the
     * request's Accept header.
     */
    public void write(HttpServletRequest req, HttpServletResponse res, ApiError error, String detail)
            throws IOException {
        write(res, document(error, detail, List.of(), req.getRequestURI()));
    }

    /**
     * Writes a problem document to the response, whatever the request's Accept header.
     */
    public void write(HttpServletResponse res, ProblemDetail problem) throws IOException {
        res.resetBuffer();
        res.setStatus(problem.getStatus());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write(json.writeValueAsString(problem));
        res.flushBuffer();
    }

}
