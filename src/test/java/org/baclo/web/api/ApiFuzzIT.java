package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baclo.patient.PatientRepository;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.ApiTokenService;
import org.baclo.security.AppUser;
import org.baclo.security.AppUserRepository;
import org.baclo.security.CareTeam;
import org.baclo.security.CareTeamRepository;
import org.baclo.security.Role;
import org.baclo.testsupport.RawHttp;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz test of the whole API on a real server (issue 8, "Tests"): reads the OpenAPI
 * document and, for every operation, sends requests generated from its schemas
 * ({@link FuzzRequests}) as a clinician and as an administrator. Asserts: no 5xx; every
 * 4xx a problem document with a code; no table changed by a rejected write. Seeded and
 * reproducible. {@code -Dbaclo.fuzz.requests=N} (default 5000) and
 * {@code -Dbaclo.fuzz.seed=S} (default 8) set the run; prints the number of requests and
 * the status histogram.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestKnowledge.class)
class ApiFuzzIT {

    private static final List<String> TABLES = List.of("patient", "patient_condition", "patient_medication",
            "plan_record", "app_user", "care_team", "care_team_member", "api_token");

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
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void no_request_is_a_5xx_and_every_error_is_a_problem_document() throws Exception {
        int total = Integer.getInteger("baclo.fuzz.requests", 5000);
        long seed = Long.getLong("baclo.fuzz.seed", 8L);
        ApiFixture f = new ApiFixture(users, teams, patients, tokens, plans, clock);
        JsonNode doc = json.readTree(RawHttp.send(port, "GET", "/v3/api-docs", Map.of(), null).body());
        List<FuzzRequests.Operation> ops = FuzzRequests.operations(doc);
        assertThat(ops).hasSizeGreaterThan(10);

        // Ids the fuzzer may use so that requests reach deep code, but whose change does
        // not lock it out.
        AppUser spare = users.save(AppUser.create(ApiFixture.unique("spare"), "Spare", "{noop}unused-spare",
                Role.CLINICIAN, null, clock.instant()));
        CareTeam spareTeam = teams
            .save(new CareTeam(null, ApiFixture.unique("spare team"), clock.instant(), java.util.Set.of()));
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("patient", List.of(String.valueOf(f.patientA), String.valueOf(f.patientB)));
        ids.put("plan", List.of(String.valueOf(f.newDraft()), String.valueOf(f.newDraft())));
        ids.put("team", List.of(String.valueOf(spareTeam.id())));
        ids.put("user", List.of(String.valueOf(spare.id())));
        ids.put("token", List.of(String.valueOf(tokens.create(spare.id(), "spare").token().id())));
        ids.put("topic", List.of("overview", "dosing"));
        FuzzRequests gen = new FuzzRequests(seed, doc.get("components"), ids);

        Map<Integer, Integer> histogram = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        ApiFixture.Actor[] actors = { ApiFixture.Actor.CLINICIAN, ApiFixture.Actor.ADMIN };
        for (int i = 0; i < total; i++) {
            FuzzRequests.Operation op = ops.get(i % ops.size());
            FuzzRequests.Request r = gen.next(op);
            ApiFixture.Actor actor = actors[(i / ops.size()) % 2];
            Map<String, String> headers = new LinkedHashMap<>(r.headers());
            headers.put("Authorization", "Bearer " + f.tokens.get(actor));
            Map<String, Long> before = r.isWrite() ? counts() : null;
            RawHttp.Response res;
            try {
                res = RawHttp.send(port, r.method(), r.target(), headers, r.body());
            }
            catch (java.io.IOException e) {
                failures.add(describe(i, actor, r, "no response: " + e.getMessage()));
                continue;
            }
            histogram.merge(res.status(), 1, Integer::sum);
            String problem = check(res);
            if (problem != null) {
                failures.add(describe(i, actor, r, problem + " — " + cut(res.body())));
            }
            if (before != null && res.status() >= 400 && !before.equals(counts())) {
                failures.add(describe(i, actor, r,
                        "rejected write " + res.status() + " changed rows: " + before + " -> " + counts()));
            }
            if (res.status() == 401) {
                // a fuzzed request disabled the actor or revoked its token (small random
                // ids hit real ones):
                // restore them, so that the rest of the run still reaches the application
                AppUser u = users.findById(f.users.get(actor).id()).orElseThrow();
                users.save(u.withEnabled(true).withFailedLogins(0, null));
                f.tokens.put(actor, tokens.create(u.id(), "fuzz").plainText());
            }
        }
        System.out.println("ApiFuzzIT: " + total + " requests tried (seed " + seed + ", " + ops.size()
                + " operations); status histogram " + histogram + "; " + failures.size() + " failure(s)");
        failures.stream().limit(40).forEach(s -> System.out.println("  " + s));
        assertThat(failures).as("fuzz failures (first 40 printed above)").isEmpty();
    }

    private static String check(RawHttp.Response res) {
        if (res.status() >= 500) {
            return "status " + res.status();
        }
        if (res.status() >= 400) {
            if (!res.contentType().startsWith("application/problem+json")) {
                return "status " + res.status() + " with content type '" + res.contentType() + "'";
            }
            if (!res.body().contains("\"code\":\"")) {
                return "problem document without a code";
            }
        }
        return null;
    }

    private Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        TABLES.forEach(t -> m.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return m;
    }

    private static String describe(int i, ApiFixture.Actor actor, FuzzRequests.Request r, String what) {
        String body = r.body() == null ? "" : new String(r.body(), StandardCharsets.UTF_8);
        return "#" + i + " " + actor + " " + r.kind() + ": " + r.method() + " " + cut(r.target()) + " " + r.headers()
                + " " + cut(body) + " => " + what;
    }

    private static String cut(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…(" + s.length() + ")";
    }

}
