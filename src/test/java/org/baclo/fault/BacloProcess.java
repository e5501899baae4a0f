package org.baclo.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.baclo.testsupport.TestPaths;

/**
 * The packaged application ({@code target/baclo.jar}) as a separate process, to be killed
 * with SIGKILL.
 */
final class BacloProcess {

    private final Process process;

    private final Path log;

    final int port;

    private BacloProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts {@code java -jar target/baclo.jar serve} with the given Spring arguments;
     * waits until it is healthy.
     */
    static BacloProcess start(int port, List<String> springArgs, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        Path jar = TestPaths.target().resolve("baclo.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests through `./mvnw verify` (the jar is"
                    + " built in the package phase, before the integration tests)");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx384m", "-jar", jar.toString(), "serve", "--server.port=" + port,
                "--logging.level.root=WARN", "--logging.level.org.baclo=INFO"));
        cmd.addAll(springArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        BacloProcess p = new BacloProcess(pb.start(), log, port);
        p.awaitHealthy(Duration.ofSeconds(120));
        return p;
    }

    /**
     * Starts the README's run command, {@code bin/baclo serve} (the extracted jar with
     * the server's class-data-sharing archive), with the given JVM options in
     * {@code BACLO_JAVA_OPTS} and Spring arguments; waits until it is healthy. The
     * launcher replaces itself with the JVM, so this process is the JVM.
     */
    static BacloProcess startWithLauncher(int port, String javaOpts, List<String> springArgs, Path log)
            throws IOException, InterruptedException {
        Path launcher = TestPaths.target().getParent().resolve("bin").resolve("baclo");
        List<String> cmd = new ArrayList<>(List.of("sh", launcher.toString(), "serve", "--server.port=" + port));
        cmd.addAll(springArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("BACLO_JAVA_OPTS", javaOpts);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        BacloProcess p = new BacloProcess(pb.start(), log, port);
        p.awaitHealthy(Duration.ofSeconds(120));
        return p;
    }

    /** The process's command line, as the operating system has it (Linux). */
    List<String> commandLine() throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
        return List.of(new String(raw, java.nio.charset.StandardCharsets.UTF_8).split("\0"));
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The application exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> r = http
                    .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            }
            catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application did not become healthy within " + timeout + ":\n" + output());
    }

    /** SIGKILL: no shutdown hook, no graceful anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The application did not die");
        }
    }

    /** A graceful stop (SIGTERM); true if it ended within the timeout. */
    boolean stop(Duration timeout) throws InterruptedException {
        process.destroy();
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        return ended;
    }

    /** Everything the process printed so far. */
    String output() throws IOException {
        return Files.readString(log);
    }

}
