package org.baclo.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.baclo.app.ApiError;

/**
 * Tomcat's error report for errors that never reached the application (a URL Tomcat
 * cannot decode, such as {@code /api/v1/%}): a problem document under {@code /api},
 * Tomcat's page without server version or stack trace elsewhere. Errors the application
 * saw are answered by {@link ErrorPages} before this valve runs.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String uri = request.getCoyoteRequest().requestURI().toString();
        // A request line Tomcat could not parse has no URI: it gets a problem document
        // too, as it may be an API call.
        boolean api = uri == null || uri.isEmpty() || ErrorPages.isApi(uri);
        if (status < 400 || response.getContentWritten() > 0 || !api) {
            super.report(request, response, throwable);
            return;
        }
        ApiError error = ApiError.forStatus(status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer w = response.getReporter();
            if (w != null) {
                w.write("{\"type\":\"" + error.type() + "\",\"title\":\"" + error.title() + "\",\"status\":" + status
                        + ",\"detail\":\"" + ErrorPages.detail(error) + "\",\"code\":\"" + error.code() + "\"}");
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException e) {
            // the client has gone or the response is committed: nothing more can be sent
        }
    }

}
