package org.baclo.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes RFC 7807 problem documents from filters, where no controller advice runs. */
@Component
public class ProblemWriter {
    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest req, HttpServletResponse res, int status, String code, String title,
            String detail) throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.valueOf(status),
                detail);
        p.setTitle(title);
        p.setType(URI.create("https://baclo.org/problems/" + code.toLowerCase().replace('_', '-')));
        p.setInstance(URI.create(req.getRequestURI()));
        p.setProperty("code", code);
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write(json.writeValueAsString(p));
    }
}
