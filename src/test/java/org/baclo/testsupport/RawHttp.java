package org.baclo.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so a test can send what {@code java.net.http} refuses to:
 * request targets such as {@code /api/v1/%} or {@code /api/v1/patients/[}, odd header
 * values. One connection per request.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A response: status, headers (names lower-cased) and the body as UTF-8 text. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    public static Response send(int port, String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            StringBuilder req = new StringBuilder(method).append(' ')
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:")
                .append(port)
                .append("\r\nConnection: close\r\n");
            headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                req.append("Content-Length: ").append(body.length).append("\r\n");
            }
            req.append("\r\n");
            OutputStream out = s.getOutputStream();
            try {
                out.write(req.toString().getBytes(StandardCharsets.UTF_8));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            }
            catch (IOException writeFailed) {
                // the server may answer and close before the whole body is sent (as a 413
                // does): read what it answered, as HTTP clients do
                try {
                    return read(s.getInputStream());
                }
                catch (IOException readFailed) {
                    writeFailed.addSuppressed(readFailed);
                    throw writeFailed;
                }
            }
            return read(s.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/")) {
            throw new IOException("no HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.merge(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (String size = line(in); size != null; size = line(in)) {
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    break;
                }
                body.write(in.readNBytes(n));
                line(in);
            }
        }
        else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        }
        else {
            body.write(in.readAllBytes());
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return c == -1 && b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
    }

}
