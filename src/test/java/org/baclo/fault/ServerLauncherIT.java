package org.baclo.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baclo.testsupport.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's run command as a user runs it (issue 15.4): {@code bin/baclo serve} starts
 * the application from the extracted jar with the server's class-data-sharing archive
 * that {@code package} recorded. {@code -Xshare:on} makes an archive the JVM cannot use
 * (missing, or made from other jars) a start-up failure instead of a silent slow start.
 * The started server then answers what needs the libraries the build trimmed from HAPI
 * FHIR (Jena, Saxon): a FHIR bundle and a PDF visit report.
 */
class ServerLauncherIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path work;

    private int port;

    @Test
    void bin_baclo_serve_starts_with_the_server_archive_and_serves_fhir_and_pdf() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux (/proc) and a POSIX shell");
        Path archive = TestPaths.target().resolve("baclo-cli").resolve("server.jsa");
        assertThat(archive).as("`./mvnw package` records the server's archive").isRegularFile();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        BacloProcess app = BacloProcess.startWithLauncher(port, "-Xmx384m -Xshare:on",
                List.of("--demo", "--baclo.data-dir=" + work.resolve("data")), work.resolve("launcher.log"));
        try {
            assertThat(app.commandLine()).contains("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xmx384m")
                .doesNotContain("-jar");

            Matcher m = Pattern.compile("demo-clinician\\s+clinician\\s+password: (\\S+)").matcher(app.output());
            assertThat(m.find()).as("demo logins printed:%n%s", app.output()).isTrue();
            String basic = "Basic " + Base64.getEncoder()
                .encodeToString(("demo-clinician:" + m.group(1)).getBytes(StandardCharsets.UTF_8));
            String token = json
                .readTree(send("POST", "/api/v1/me/tokens", basic, "{\"name\":\"launcher\"}", 201).body())
                .get("secret")
                .asString();
            String bearer = "Bearer " + token;

            JsonNode patients = json.readTree(send("GET", "/api/v1/patients", bearer, null, 200).body());
            assertThat(patients.isArray() && !patients.isEmpty()).as("demo patients: %s", patients).isTrue();
            String id = patients.get(0).get("id").asString();

            HttpResponse<String> fhir = send("GET", "/api/v1/patients/" + id + "/fhir", bearer, null, 200);
            assertThat(json.readTree(fhir.body()).get("resourceType").asString()).isEqualTo("Bundle");

            HttpResponse<byte[]> pdf = http.send(request("GET", "/api/v1/patients/" + id + "/report.pdf", bearer, null)
                .header("Accept", "application/pdf")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        finally {
            app.stop(Duration.ofSeconds(30));
        }
    }

    private HttpRequest.Builder request(String method, String path, String authorization, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return b.method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(method, path, authorization, body)
            .header("Accept", path.endsWith("/fhir") ? "application/fhir+json" : "application/json")
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s: %s", method, path, r.body()).isEqualTo(expected);
        return r;
    }

}
