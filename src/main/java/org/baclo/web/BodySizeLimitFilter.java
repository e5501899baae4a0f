package org.baclo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.baclo.app.ApiError;
import org.baclo.security.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared body is longer than the server accepts, before
 * anything reads it: without a limit a client could make the JSON reader hold megabytes
 * in memory. The largest legitimate bodies (a diary batch, a FHIR bundle of medications)
 * are far below the default of 1 MiB. Tomcat swallows the unread rest of a refused body
 * up to {@code server.tomcat.max-swallow-size}, so a client that sends the whole body
 * before reading still receives the 413 problem document.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    private final long maxDrainedBytes;

    private final ProblemWriter problems;

    BodySizeLimitFilter(@Value("${baclo.http.max-body-bytes:1048576}") long maxBytes,
            @Value("${baclo.http.max-drained-bytes:16777216}") long maxDrainedBytes, ProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.maxDrainedBytes = maxDrainedBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        long length = req.getContentLengthLong();
        if (length > maxBytes) {
            if (length <= maxDrainedBytes) {
                req.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            problems.write(req, res, ApiError.PAYLOAD_TOO_LARGE,
                    "The request body is " + length + " bytes; the limit is " + maxBytes + " bytes.");
            return;
        }
        chain.doFilter(req, res);
    }

}
