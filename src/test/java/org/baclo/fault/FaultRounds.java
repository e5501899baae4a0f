package org.baclo.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.baclo.testsupport.TestPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8, item 2, the fault test: the packaged jar runs as a separate process; 16
 * concurrent writers (12 creating patients, 4 creating and activating plans) are cut off
 * by {@code kill -9} mid-stream; after a restart every write that was acknowledged (2xx)
 * is present exactly once, under the id it was acknowledged with, no audit row tells of a
 * write that is not there, and the application starts cleanly. Three rounds on one data
 * store, then a graceful stop that must end in time. Subclasses give the database.
 */
abstract class FaultRounds {

    private static final Logger LOG = LoggerFactory.getLogger(FaultRounds.class);

    private static final int ROUNDS = 3;

    private static final int PATIENT_WRITERS = 12;

    private static final int PLAN_WRITERS = 4;

    /**
     * Patients created per round at most, so that a round's audit rows fit one page
     * (1,000) of the audit API.
     */
    private static final int MAX_PATIENTS_PER_ROUND = 600;

    private static final String REASON = "Fault test: reviewed and accepted by the clinician";

    private final JsonMapper json = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<Long, String> ackedNames = new java.util.concurrent.ConcurrentHashMap<>();

    private final Queue<long[]> ackedPlans = new ConcurrentLinkedQueue<>(); // {patientId,
                                                                            // planId}

    private final Queue<long[]> ackedActivations = new ConcurrentLinkedQueue<>(); // {patientId,
                                                                                  // planId}

    /** Patients present at the end of the previous round (or before the first). */
    private final Set<Long> seenBefore = new HashSet<>();

    private int port;

    /** The running application, killed after the test whatever its outcome. */
    private BacloProcess app;

    private String clinician;

    private String clinicianToken;

    private String adminToken;

    /** Shown in the log, e.g. "H2". */
    abstract String database();

    /**
     * Spring arguments that point the application at a fresh data store, the same one on
     * every start.
     */
    abstract List<String> springArgs(Path work);

    /** Environment variables for the application process. */
    abstract Map<String, String> environment();

    @Test
    void acknowledged_writes_survive_kill_9_exactly_once() throws Exception {
        Path work = TestPaths.target().resolve("fault").resolve(database().toLowerCase() + "-" + UUID.randomUUID());
        Files.createDirectories(work);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        app = start(work, 0);
        setUp(app);
        List<Long> planPatients = new ArrayList<>();
        for (int i = 0; i < PLAN_WRITERS; i++) {
            planPatients.add(createPatient());
        }
        seenBefore.addAll(planPatients);
        for (int round = 1; round <= ROUNDS; round++) {
            Instant roundStart = Instant.now().minusSeconds(1);
            writeUntilKilled(app, planPatients);
            app = start(work, round);
            assertThat(app.output()).as("log of the restart").doesNotContain(" ERROR ");
            verify(round, roundStart, planPatients);
        }
        assertThat(app.stop(Duration.ofSeconds(40))).as("graceful stop ends in time").isTrue();
    }

    @AfterEach
    void killTheApplication() throws InterruptedException {
        if (app != null) {
            app.kill();
        }
    }

    private BacloProcess start(Path work, int n) throws IOException, InterruptedException {
        return BacloProcess.start(port, springArgs(work), environment(), work.resolve("start-" + n + ".log"));
    }

    private void setUp(BacloProcess app) throws Exception {
        Matcher m = Pattern.compile("username: (\\S+)\\s+password: (\\S+)").matcher(app.output());
        assertThat(m.find()).as("the first start prints the administrator's password").isTrue();
        String adminBasic = basic(m.group(1), m.group(2));
        adminToken = json.readTree(call("POST", "/api/v1/me/tokens", adminBasic, "{\"name\":\"fault admin\"}", 201))
            .get("secret")
            .asString();
        clinician = "fault-clinician";
        String password = "Fault-test-" + UUID.randomUUID();
        long clinicianId = json
            .readTree(call("POST", "/api/v1/admin/users", bearer(adminToken),
                    "{\"username\":\"" + clinician + "\",\"displayName\":\"Fault Clinician\",\"role\":\"CLINICIAN\","
                            + "\"password\":\"" + password + "\"}",
                    201))
            .get("user")
            .get("id")
            .asLong();
        long team = json
            .readTree(call("POST", "/api/v1/admin/teams", bearer(adminToken), "{\"name\":\"Fault team\"}", 201))
            .get("id")
            .asLong();
        call("PUT", "/api/v1/admin/teams/" + team + "/members", bearer(adminToken),
                "{\"userIds\":[" + clinicianId + "]}", 200);
        clinicianToken = json
            .readTree(call("POST", "/api/v1/me/tokens", basic(clinician, password), "{\"name\":\"fault writer\"}", 201))
            .get("secret")
            .asString();
    }

    /**
     * Runs the 16 writers, kills the application once writes of both kinds were
     * acknowledged, stops them.
     */
    private void writeUntilKilled(BacloProcess app, List<Long> planPatients) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger roundAcks = new AtomicInteger();
        AtomicInteger roundActivations = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(PATIENT_WRITERS + PLAN_WRITERS);
        for (int w = 0; w < PATIENT_WRITERS; w++) {
            writers.submit(() -> {
                while (!stop.get()) {
                    if (roundAcks.get() >= MAX_PATIENTS_PER_ROUND) {
                        pauseUnless(stop); // the round's audit rows must fit one page of
                                           // the audit API
                        continue;
                    }
                    try {
                        createPatient();
                        roundAcks.incrementAndGet();
                    }
                    catch (Exception | AssertionError e) {
                        pauseUnless(stop);
                    }
                }
            });
        }
        for (long patient : planPatients) {
            writers.submit(() -> {
                while (!stop.get()) {
                    try {
                        long plan = json
                            .readTree(call("POST", "/api/v1/patients/" + patient + "/plans", bearer(clinicianToken),
                                    "{\"kind\":\"titrate\",\"targetMgDay\":30}", 201))
                            .get("id")
                            .asLong();
                        ackedPlans.add(new long[] { patient, plan });
                        call("POST", "/api/v1/patients/" + patient + "/plans/" + plan + "/activate",
                                bearer(clinicianToken), "{\"overrideReason\":\"" + REASON + "\"}", 200);
                        ackedActivations.add(new long[] { patient, plan });
                        roundActivations.incrementAndGet();
                    }
                    catch (Exception | AssertionError e) {
                        pauseUnless(stop);
                    }
                }
            });
        }
        long t0 = System.nanoTime();
        while ((roundAcks.get() < 40 || roundActivations.get() < 2 * PLAN_WRITERS
                || System.nanoTime() - t0 < 1_500_000_000L) && System.nanoTime() - t0 < 20_000_000_000L) {
            Thread.sleep(50);
        }
        app.kill(); // mid-stream: the writers have requests in flight
        stop.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    private static void pauseUnless(AtomicBoolean stop) {
        if (!stop.get()) {
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private long createPatient() throws Exception {
        String name = "Fault " + UUID.randomUUID();
        JsonNode p = json.readTree(call("POST", "/api/v1/patients", bearer(clinicianToken), "{\"name\":\"" + name
                + "\",\"dateOfBirth\":\"1970-05-01\",\"sex\":\"female\",\"weightKg\":70,\"creatinineValue\":0.9,"
                + "\"creatinineUnit\":\"mg/dL\",\"creatinineDate\":\"" + LocalDate.now().minusDays(1) + "\","
                + "\"indication\":\"ms-spasticity\",\"timeZone\":\"Europe/London\"}", 201));
        long id = p.get("id").asLong();
        ackedNames.put(id, name);
        return id;
    }

    private void verify(int round, Instant roundStart, List<Long> planPatients) throws Exception {
        // Patients: every acknowledged one present exactly once, under its acknowledged
        // id (ids not handed out twice).
        Map<String, List<Long>> byName = new HashMap<>();
        Set<Long> present = new HashSet<>();
        json.readTree(call("GET", "/api/v1/patients", bearer(clinicianToken), null, 200)).valueStream().forEach(n -> {
            byName.computeIfAbsent(n.get("name").asString(), k -> new ArrayList<>()).add(n.get("id").asLong());
            present.add(n.get("id").asLong());
        });
        long ackedPresent = ackedNames.entrySet()
            .stream()
            .filter(a -> List.of(a.getKey()).equals(byName.get(a.getValue())))
            .count();
        // Audit: no PATIENT_CREATE row of this round for a patient that is not there, one
        // row for each new patient.
        List<Long> audited = auditPatientIds(roundStart, "PATIENT_CREATE");
        long orphans = audited.stream().filter(id -> !present.contains(id)).count();
        long unaudited = present.stream().filter(id -> !seenBefore.contains(id) && !audited.contains(id)).count();

        // Plans: every acknowledged plan present, every acknowledged activation kept, one
        // active plan at most.
        Map<Long, Map<Long, String>> statusById = new HashMap<>();
        for (long patient : planPatients) {
            Map<Long, String> statuses = new HashMap<>();
            List<Integer> versions = new ArrayList<>();
            json.readTree(call("GET", "/api/v1/patients/" + patient + "/plans", bearer(clinicianToken), null, 200))
                .valueStream()
                .forEach(n -> {
                    statuses.put(n.get("id").asLong(), n.get("status").asString());
                    versions.add(n.get("versionNo").asInt());
                });
            assertThat(versions).as("plan versions of patient %s", patient).doesNotHaveDuplicates();
            assertThat(statuses.values().stream().filter("ACTIVE"::equals).count()).isLessThanOrEqualTo(1);
            statusById.put(patient, statuses);
        }
        long plansPresent = ackedPlans.stream().filter(a -> statusById.get(a[0]).containsKey(a[1])).count();
        long activationsKept = ackedActivations.stream()
            .filter(a -> List.of("ACTIVE", "SUPERSEDED").contains(statusById.get(a[0]).get(a[1])))
            .count();
        Set<Long> activated = statusById.values()
            .stream()
            .flatMap(m -> m.entrySet().stream())
            .filter(e -> !e.getValue().equals("DRAFT"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
        List<Long> auditedActivations = auditPlanIds(roundStart, "PLAN_ACTIVATE");
        long orphanActivations = auditedActivations.stream().filter(id -> !activated.contains(id)).count();

        LOG.info("fault round {}/{} ({}): {} patients acknowledged, {} present, {} orphan audit rows, {} without"
                + " audit row; {} plans acknowledged, {} present; {} plan activations acknowledged, {} kept, {} orphan"
                + " audit rows", round, ROUNDS, database(), ackedNames.size(), ackedPresent, orphans, unaudited,
                ackedPlans.size(), plansPresent, ackedActivations.size(), activationsKept, orphanActivations);
        for (Map.Entry<Long, String> a : ackedNames.entrySet()) {
            assertThat(byName.get(a.getValue())).as("acknowledged patient %s (%s)", a.getKey(), a.getValue())
                .containsExactly(a.getKey());
        }
        assertThat(orphans).as("audit rows of patient creations that are not there").isZero();
        assertThat(unaudited).as("patients created without their audit row").isZero();
        assertThat(audited).doesNotHaveDuplicates();
        assertThat(plansPresent).as("acknowledged plans present").isEqualTo(ackedPlans.size());
        assertThat(activationsKept).as("acknowledged activations kept").isEqualTo(ackedActivations.size());
        assertThat(orphanActivations).as("audit rows of activations that are not there").isZero();
        seenBefore.addAll(present);
    }

    private List<Long> auditPatientIds(Instant from, String action) throws Exception {
        List<Long> ids = new ArrayList<>();
        audit(from, action).forEach(n -> ids.add(n.get("patientId").asLong()));
        return ids;
    }

    private List<Long> auditPlanIds(Instant from, String action) throws Exception {
        Pattern plan = Pattern.compile("^plan (\\d+) ");
        List<Long> ids = new ArrayList<>();
        audit(from, action).filter(n -> "OK".equals(n.get("outcome").asString())).forEach(n -> {
            Matcher m = plan.matcher(n.get("detail").asString());
            assertThat(m.find()).as(n.toString()).isTrue();
            ids.add(Long.parseLong(m.group(1)));
        });
        return ids;
    }

    private java.util.stream.Stream<JsonNode> audit(Instant from, String action) throws Exception {
        JsonNode rows = json
            .readTree(call("GET",
                    "/api/v1/admin/audit?limit=1000&username=" + clinician + "&action=" + action + "&from="
                            + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8),
                    bearer(adminToken), null, 200));
        assertThat(rows.size()).as("audit rows fit one page").isLessThan(1000);
        return rows.valueStream();
    }

    private String call(String method, String path, String authorization, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s: %s", method, path, r.body()).isEqualTo(expected);
        return r.body();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

}
