package org.baclo.demo;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.baclo.followup.Alert;
import org.baclo.followup.FollowUpEngine;
import org.baclo.followup.SideEffectNames;
import org.baclo.knowledge.Knowledge;
import org.baclo.plan.PlanDrafts;

/**
 * {@code baclo demo generate}: fictional care teams, clinicians, patients (with their
 * logins), plan histories made by the real planner, diaries, the follow-up alerts the
 * real engine gives on them, and intrathecal pumps with their refills, written straight
 * into the database in JDBC batches. Every patient has its own random stream seeded from
 * the run's seed and the patient's number, so the same seed and end date give the same
 * rows. Usernames and team names carry the seed, so runs with different seeds can share a
 * database.
 */
public final class DemoGenerator {

    /** Patients written per transaction. */
    static final int CHUNK = 50;

    /** What to generate. {@code end} is the last day of the history. */
    public record Settings(int patients, int days, long seed, LocalDate end, int teamSize, String passwordHash) {
    }

    /** What was written. */
    public record Result(int teams, int patients, long rows, double seconds) {
    }

    private final DataSource dataSource;

    private final Knowledge knowledge;

    private final PatientMaker patients;

    private final PlanMaker plans;

    private final DiaryMaker diaries;

    private final PumpMaker pumps;

    private final FollowUpEngine engine;

    public DemoGenerator(DataSource dataSource, Knowledge knowledge, tools.jackson.databind.json.JsonMapper json,
            LocalDate end) {
        this.dataSource = dataSource;
        this.knowledge = knowledge;
        this.patients = new PatientMaker(knowledge);
        java.time.Clock clock = java.time.Clock.fixed(now(end), ZoneOffset.UTC);
        this.plans = new PlanMaker(knowledge, new PlanDrafts(knowledge, clock, json));
        this.diaries = new DiaryMaker(new SideEffectNames(knowledge).names());
        this.pumps = new PumpMaker(knowledge);
        this.engine = new FollowUpEngine(knowledge);
    }

    /** The generated "now": noon (UTC) of the last day. */
    static Instant now(LocalDate end) {
        return end.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public Result run(Settings s, PrintStream progressOut) throws SQLException {
        long t0 = System.nanoTime();
        Instant now = now(s.end());
        Instant created = now.minusSeconds(86400L * (s.days() + 30));
        GenProgress progress = new GenProgress(progressOut, s.patients());
        // Patients are made on worker threads (each from its own seeded stream, so the
        // result does not depend on scheduling) and written in order on one connection.
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "baclo-generate");
            t.setDaemon(true);
            return t;
        });
        int teams = 0;
        try (Connection c = dataSource.getConnection(); GenWriter w = new GenWriter(c)) {
            List<int[]> chunks = new ArrayList<>();
            for (int team = 1, ordinal = 0; ordinal < s.patients(); team++) {
                int teamEnd = Math.min(s.patients(), ordinal + s.teamSize());
                for (; ordinal < teamEnd; ordinal = Math.min(teamEnd, ordinal + CHUNK)) {
                    chunks.add(new int[] { team, ordinal, Math.min(teamEnd, ordinal + CHUNK) });
                }
            }
            Deque<Future<List<Made>>> ahead = new ArrayDeque<>();
            int next = 0;
            long team = -1;
            List<String> clinicians = new ArrayList<>();
            for (int[] chunk : chunks) {
                while (next < chunks.size() && ahead.size() < 2 * workers) {
                    int[] k = chunks.get(next++);
                    ahead.add(pool.submit(() -> make(s, k[1], k[2], now)));
                }
                List<Made> made = take(ahead.poll());
                if (chunk[0] != teams) {
                    teams = chunk[0];
                    team = w.team("Generated clinic " + s.seed() + "-" + teams, created);
                    clinicians = new ArrayList<>();
                    for (int k = 1; k <= 2; k++) {
                        String u = "s" + s.seed() + "-t" + teams + "-c" + k;
                        w.addUser(u, "Dr Generated " + teams + "-" + k, s.passwordHash(), "CLINICIAN", null, created);
                        clinicians.add(u);
                    }
                    for (long user : w.users()) {
                        w.member(team, user);
                    }
                }
                write(w, s, team, clinicians, made, now);
                progress.update(chunk[2], w.rows());
            }
            return new Result(teams, s.patients(), w.rows(), (System.nanoTime() - t0) / 1e9);
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static List<Made> take(Future<List<Made>> f) throws SQLException {
        try {
            return f.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", e);
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /** A patient made, ready to write. */
    private record Made(GenPatient patient, PlanMaker.History history, PumpMaker.GenPump pump, List<DiaryRow> diary,
            List<Alert> alerts, List<Boolean> acknowledged) {
    }

    private List<Made> make(Settings s, int from, int to, Instant now) {
        List<Made> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SplittableRandom r = new SplittableRandom(s.seed() * 1_000_003L + i);
            GenPatient p = patients.make(i + 1, r, s.end(), s.days());
            if (p.pump()) {
                PumpMaker.GenPump pump = pumps.make(p, r, s.end());
                out.add(new Made(p, null, pump, diaries.make(p, List.of(), r, now).rows(), List.of(), List.of()));
                continue;
            }
            PlanMaker.History h = plans.make(p, r, s.end());
            DiaryMaker.Made d = diaries.make(p, h.periods(), r, now);
            List<Alert> alerts = new ArrayList<>();
            List<Boolean> ack = new ArrayList<>();
            if (!h.periods().isEmpty()) {
                var regimen = h.periods().get(h.periods().size() - 1).plan().checked().regimen();
                for (Alert a : engine.evaluate(regimen, d.recent(), now).alerts()) {
                    alerts.add(a);
                    ack.add(r.nextDouble() < 0.2);
                }
            }
            out.add(new Made(p, h, null, d.rows(), alerts, ack));
        }
        return out;
    }

    private void write(GenWriter w, Settings s, long team, List<String> clinicians, List<Made> made, Instant now)
            throws SQLException {
        for (Made m : made) {
            w.addPatient(team, m.patient(), m.patient().historyStart().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        List<Long> ids = w.patients();
        for (int i = 0; i < made.size(); i++) {
            GenPatient p = made.get(i).patient();
            w.addUser(p.username(s.seed()), p.name(), s.passwordHash(), "PATIENT", ids.get(i),
                    p.historyStart().atStartOfDay().toInstant(ZoneOffset.UTC));
            w.addContext(ids.get(i), p);
        }
        w.users();
        for (int i = 0; i < made.size(); i++) {
            Made m = made.get(i);
            String clinician = clinicians.get(i % clinicians.size());
            if (m.history() != null) {
                for (int v = 0; v < m.history().plans().size(); v++) {
                    PlanMaker.GenPlan g = m.history().plans().get(v);
                    w.addPlan(ids.get(i), v + 1, g, clinician, g.createdOn().atTime(9, 0).toInstant(ZoneOffset.UTC));
                }
            }
        }
        List<Long> planIds = w.plans();
        int k = 0;
        for (int i = 0; i < made.size(); i++) {
            Made m = made.get(i);
            long id = ids.get(i);
            String clinician = clinicians.get(i % clinicians.size());
            if (m.history() != null && !m.history().plans().isEmpty()) {
                List<PlanMaker.GenPlan> ps = m.history().plans();
                for (int v = 0; v < ps.size(); v++) {
                    int by = ps.get(v).supersededByIndex();
                    if (by >= 0) {
                        w.addSuperseded(planIds.get(k + v), planIds.get(k + by));
                    }
                }
                k += ps.size();
                w.addCounter(id, ps.size());
            }
            if (m.pump() != null) {
                w.addPump(id, m.pump(), clinician, now);
            }
            String by = m.patient().username(s.seed());
            for (DiaryRow d : m.diary()) {
                w.addDiary(id, d, by);
            }
            for (int a = 0; a < m.alerts().size(); a++) {
                w.addAlert(id, m.alerts().get(a), m.acknowledged().get(a), clinician, now);
            }
        }
        w.commit();
    }

}
