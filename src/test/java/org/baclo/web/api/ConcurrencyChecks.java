package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.baclo.patient.PatientRepository;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.ApiTokenService;
import org.baclo.security.AppUserRepository;
import org.baclo.security.CareTeamRepository;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8, item 1: the server never stalls under concurrent load. The application on a
 * real port (the Tomcat threads and connection pool of application.properties), driven by
 * a real HTTP client: 64 concurrent writers creating patients and 100 concurrent readers
 * listing them, while the health endpoint keeps answering; 8 concurrent plan creations
 * for one patient get distinct versions; 8 creations of one username make one user. No
 * request answers 5xx; all are answered within seconds. Subclasses give the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestKnowledge.class)
abstract class ConcurrencyChecks {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrencyChecks.class);

    private static final int WRITERS = 64;

    private static final int READERS = 100;

    private static final int PER_WORKER = 3;

    /**
     * The slowest answer accepted. It catches a stall (the old failure: no answer at all,
     * ever, once the pool was exhausted), not slowness: on a small shared machine the
     * whole run takes 5–40 s (the log shows the times).
     */
    private static final Duration SLOWEST = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    CareTeamRepository teams;

    @Autowired
    PatientRepository patients;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PlanWorkflow plans;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    private ApiFixture f;

    private HttpClient http;

    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        f = new ApiFixture(users, teams, patients, tokens, plans, clock);
        pool = Executors.newFixedThreadPool(WRITERS + READERS + 1);
        http = HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void writers_and_readers_at_once_are_all_answered_and_health_answers_throughout() throws Exception {
        String token = f.tokens.get(ApiFixture.Actor.CLINICIAN);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicLong slowestMs = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> work = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            work.add(() -> {
                start.await();
                for (int i = 0; i < PER_WORKER; i++) {
                    count(statuses, slowestMs, send(post("/api/v1/patients", token, patientBody())));
                }
                return null;
            });
        }
        for (int r = 0; r < READERS; r++) {
            work.add(() -> {
                start.await();
                for (int i = 0; i < PER_WORKER; i++) {
                    count(statuses, slowestMs,
                            send(get(i == 0 ? "/api/v1/patients" : "/api/v1/patients/" + f.patientA, token)));
                }
                return null;
            });
        }
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> healthMs = new ArrayList<>();
        List<Integer> healthStatuses = new ArrayList<>();
        Thread health = new Thread(() -> {
            while (running.get()) {
                try {
                    long t0 = System.nanoTime();
                    HttpResponse<String> h = http.send(get("/actuator/health", null),
                            HttpResponse.BodyHandlers.ofString());
                    healthMs.add((System.nanoTime() - t0) / 1_000_000);
                    healthStatuses.add(h.statusCode());
                    Thread.sleep(100);
                }
                catch (Exception e) {
                    healthStatuses.add(-1);
                    return;
                }
            }
        }, "health-probe");

        int before = countPatients();
        long t0 = System.nanoTime();
        List<Future<Void>> futures = work.stream().map(pool::submit).toList();
        health.start();
        start.countDown();
        for (Future<Void> fu : futures) {
            fu.get(120, TimeUnit.SECONDS);
        }
        long totalMs = (System.nanoTime() - t0) / 1_000_000;
        running.set(false);
        health.join(30_000);

        int created = countPatients() - before;
        LOG.info(
                "concurrency: {} writers x {} + {} readers x {} in {} ms; statuses {}; slowest {} ms; {} health"
                        + " probes, slowest {} ms; {} patients created",
                WRITERS, PER_WORKER, READERS, PER_WORKER, totalMs, statuses, slowestMs.get(), healthMs.size(),
                healthMs.stream().mapToLong(x -> x).max().orElse(-1), created);
        assertThat(statuses.keySet()).containsOnly(200, 201);
        assertThat(statuses.get(201)).hasValue(WRITERS * PER_WORKER);
        assertThat(statuses.get(200)).hasValue(READERS * PER_WORKER);
        assertThat(created).isEqualTo(WRITERS * PER_WORKER);
        assertThat(slowestMs.get()).isLessThan(SLOWEST.toMillis());
        assertThat(healthStatuses).isNotEmpty().containsOnly(200);
        assertThat(healthMs).allMatch(ms -> ms < SLOWEST.toMillis());
        // every acknowledged creation has exactly one audit row, committed with it
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'PATIENT_CREATE'" + " and username = ?", Integer.class,
                f.clinician.username()))
            .isEqualTo(WRITERS * PER_WORKER);
    }

    @Test
    void eight_plans_created_at_once_for_one_patient_get_distinct_versions() throws Exception {
        String token = f.tokens.get(ApiFixture.Actor.CLINICIAN);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return send(post("/api/v1/patients/" + f.patientA + "/plans", token,
                        "{\"kind\":\"titrate\",\"targetMgDay\":30}"))
                    .response();
            }));
        }
        start.countDown();
        List<Integer> versions = new ArrayList<>();
        for (Future<HttpResponse<String>> fu : futures) {
            HttpResponse<String> r = fu.get(60, TimeUnit.SECONDS);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            JsonNode plan = json.readTree(r.body());
            versions.add(plan.get("versionNo").asInt());
        }
        LOG.info("concurrency: 8 plans created at once for one patient got versions {}", versions);
        assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void drafts_activated_at_once_for_one_patient_leave_one_active_plan() throws Exception {
        String token = f.tokens.get(ApiFixture.Actor.CLINICIAN);
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(f.newDraft());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (long draft : drafts) {
            futures.add(pool.submit(() -> {
                start.await();
                return send(post("/api/v1/patients/" + f.patientA + "/plans/" + draft + "/activate", token,
                        "{\"overrideReason\":\"Concurrency test: reviewed by the clinician\"}"))
                    .response();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> fu : futures) {
            statuses.add(fu.get(60, TimeUnit.SECONDS).statusCode());
        }
        List<String> after = jdbc.queryForList("select status from plan_record where patient_id = ?", String.class,
                f.patientA);
        LOG.info("concurrency: 6 drafts of one patient activated at once answered {}; plans now {}", statuses, after);
        assertThat(statuses).allMatch(s -> s == 200 || s == 409);
        assertThat(after).filteredOn("ACTIVE"::equals).hasSize(1);
    }

    @Test
    void the_same_username_created_at_once_is_one_user_and_no_server_error() throws Exception {
        String token = f.tokens.get(ApiFixture.Actor.ADMIN);
        String username = ApiFixture.unique("same-name-").toLowerCase();
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"Same Name\",\"role\":\"CLINICIAN\","
                + "\"password\":\"Concurrent-user-" + java.util.UUID.randomUUID() + "\"}";
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return send(post("/api/v1/admin/users", token, body)).response();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> fu : futures) {
            HttpResponse<String> r = fu.get(60, TimeUnit.SECONDS);
            statuses.add(r.statusCode());
            if (r.statusCode() != 201) {
                assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            }
        }
        LOG.info("concurrency: 8 creations of one username answered {}", statuses);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 400 || s == 409);
        assertThat(users.findByUsernameIgnoreCase(username)).isPresent();
    }

    private static void count(Map<Integer, AtomicInteger> statuses, AtomicLong slowestMs, Timed r) {
        statuses.computeIfAbsent(r.response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        slowestMs.accumulateAndGet(r.ms, Math::max);
    }

    private record Timed(HttpResponse<String> response, long ms) {
    }

    private Timed send(HttpRequest request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Timed(r, (System.nanoTime() - t0) / 1_000_000);
    }

    private HttpRequest get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(90))
            .header("Accept", "application/json")
            .GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private HttpRequest post(String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(90))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }

    private String patientBody() {
        return "{\"name\":\"" + ApiFixture.unique("Load patient ") + "\",\"dateOfBirth\":\"1970-05-01\","
                + "\"sex\":\"female\",\"weightKg\":70,\"creatinineValue\":0.9,\"creatinineUnit\":\"mg/dL\","
                + "\"creatinineDate\":\"" + LocalDate.now(clock).minusDays(1) + "\","
                + "\"indication\":\"ms-spasticity\",\"timeZone\":\"Europe/London\"}";
    }

    private int countPatients() {
        Integer n = jdbc.queryForObject("select count(*) from patient where care_team_id = ?", Integer.class, f.teamA);
        return n == null ? 0 : n;
    }

}
