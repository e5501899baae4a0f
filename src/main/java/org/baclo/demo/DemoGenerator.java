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
        int teams = 0;
        try (Connection c = dataSource.getConnection(); GenWriter w = new GenWriter(c)) {
            int ordinal = 0;
            while (ordinal < s.patients()) {
                teams++;
                long team = w.team("Generated clinic " + s.seed() + "-" + teams, created);
                List<String> clinicians = new ArrayList<>();
                for (int k = 1; k <= 2; k++) {
                    String u = "s" + s.seed() + "-t" + teams + "-c" + k;
                    w.addUser(u, "Dr Generated " + teams + "-" + k, s.passwordHash(), "CLINICIAN", null, created);
                    clinicians.add(u);
                }
                for (long user : w.users()) {
                    w.member(team, user);
                }
                int teamEnd = Math.min(s.patients(), ordinal + s.teamSize());
                while (ordinal < teamEnd) {
                    int chunkEnd = Math.min(teamEnd, ordinal + CHUNK);
                    chunk(w, s, team, clinicians, ordinal, chunkEnd, now);
                    ordinal = chunkEnd;
                    progress.update(ordinal, w.rows());
                }
            }
            return new Result(teams, s.patients(), w.rows(), (System.nanoTime() - t0) / 1e9);
        }
    }

    private void chunk(GenWriter w, Settings s, long team, List<String> clinicians, int from, int to, Instant now)
            throws SQLException {
        List<GenPatient> ps = new ArrayList<>();
        List<SplittableRandom> rs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SplittableRandom r = new SplittableRandom(s.seed() * 1_000_003L + i);
            GenPatient p = patients.make(i + 1, r, s.end(), s.days());
            ps.add(p);
            rs.add(r);
            w.addPatient(team, p, p.historyStart().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        List<Long> ids = w.patients();
        for (int i = 0; i < ps.size(); i++) {
            GenPatient p = ps.get(i);
            w.addUser(p.username(s.seed()), p.name(), s.passwordHash(), "PATIENT", ids.get(i),
                    p.historyStart().atStartOfDay().toInstant(ZoneOffset.UTC));
            w.addContext(ids.get(i), p);
        }
        w.users();
        for (int i = 0; i < ps.size(); i++) {
            patient(w, s, ps.get(i), ids.get(i), rs.get(i), clinicians.get(i % clinicians.size()), now);
        }
        w.commit();
    }

    private void patient(GenWriter w, Settings s, GenPatient p, long id, SplittableRandom r, String clinician,
            Instant now) throws SQLException {
        String by = p.username(s.seed());
        if (p.pump()) {
            w.addPump(id, pumps.make(p, r, s.end()), clinician, now);
            DiaryMaker.Made made = diaries.make(p, List.of(), r, now);
            for (DiaryRow d : made.rows()) {
                w.addDiary(id, d, by);
            }
            return;
        }
        PlanMaker.History h = plans.make(p, r, s.end());
        if (!h.plans().isEmpty()) {
            for (int v = 0; v < h.plans().size(); v++) {
                PlanMaker.GenPlan g = h.plans().get(v);
                w.addPlan(id, v + 1, g, clinician, g.createdOn().atTime(9, 0).toInstant(ZoneOffset.UTC));
            }
            List<Long> planIds = w.plans();
            for (int v = 0; v < h.plans().size(); v++) {
                int by2 = h.plans().get(v).supersededByIndex();
                if (by2 >= 0) {
                    w.addSuperseded(planIds.get(v), planIds.get(by2));
                }
            }
            w.addCounter(id, h.plans().size());
        }
        DiaryMaker.Made made = diaries.make(p, h.periods(), r, now);
        for (DiaryRow d : made.rows()) {
            w.addDiary(id, d, by);
        }
        if (!h.periods().isEmpty()) {
            var regimen = h.periods().get(h.periods().size() - 1).plan().checked().regimen();
            for (Alert a : engine.evaluate(regimen, made.recent(), now).alerts()) {
                w.addAlert(id, a, r.nextDouble() < 0.2, clinician, now);
            }
        }
    }

}
