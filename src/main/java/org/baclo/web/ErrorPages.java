package org.baclo.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.baclo.app.ApiError;
import org.baclo.security.ProblemWriter;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's error controller ({@code /error}, where the container forwards every
 * {@code sendError} and uncaught error), except that an error of an API request
 * ({@code /api/**}) is answered with a problem document whatever the Accept header: no
 * such path, trailing slash, wrong method, 406 decided before a handler ran. Pages keep
 * their error templates. Registered by {@link ErrorHandlingConfig}.
 */
class ErrorPages extends BasicErrorController {

    private final ProblemWriter problems;

    ErrorPages(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers,
            ProblemWriter problems) {
        super(attributes, web.getError(), resolvers);
        this.problems = problems;
    }

    static boolean isApi(String uri) {
        return uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (api(request, response)) {
            return null;
        }
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a && a.getResponse() != null
                && api(request, a.getResponse())) {
            return null;
        }
        return super.error(request);
    }

    private boolean api(HttpServletRequest request, HttpServletResponse response) {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!isApi(uri)) {
            return false;
        }
        int status = getStatus(request).value();
        ApiError error = ApiError.forStatus(status);
        try {
            problems.write(response, ProblemWriter.document(error, detail(error), List.of(), uri));
        }
        catch (IOException e) {
            // the client has gone; nothing more to say to it
        }
        return true;
    }

    static String detail(ApiError e) {
        return switch (e) {
            case NOT_FOUND -> "There is no such API path. The API is described at /v3/api-docs.";
            case METHOD_NOT_ALLOWED -> "This resource does not support this method.";
            case NOT_ACCEPTABLE -> "The API answers JSON: send Accept: application/json.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send JSON with Content-Type: application/json.";
            case UNAUTHENTICATED -> "Send a bearer token (Authorization: Bearer …) or HTTP Basic credentials.";
            case FORBIDDEN -> "Your role does not allow this request.";
            case INTERNAL_ERROR -> "The server could not complete the request; nothing was saved half-way.";
            default -> "The request could not be handled: " + e.title().toLowerCase() + ".";
        };
    }

}
