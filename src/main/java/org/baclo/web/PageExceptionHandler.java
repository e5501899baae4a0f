package org.baclo.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.baclo.app.ConflictException;
import org.baclo.app.ForbiddenException;
import org.baclo.app.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The one place where the application's errors become HTTP statuses for the pages: the
 * container's error page ({@code templates/error/404.html} …) is shown. The API has its
 * own mapping (problem documents) in {@code web.api.ApiExceptionHandler}, which runs
 * first for API controllers.
 */
@ControllerAdvice(basePackageClasses = PageExceptionHandler.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse res) throws IOException {
        res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(ForbiddenException.class)
    void forbidden(HttpServletResponse res) throws IOException {
        res.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** Tomcat refuses to decode a query string such as {@code ?q=%zz}. */
    @ExceptionHandler(InvalidParameterException.class)
    void undecodable(HttpServletResponse res) throws IOException {
        res.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @ExceptionHandler(ConflictException.class)
    void conflict(HttpServletResponse res) throws IOException {
        res.sendError(HttpServletResponse.SC_CONFLICT);
    }

}
