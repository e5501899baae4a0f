package org.baclo.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.followup.Diaries.K;
import static org.baclo.followup.Diaries.allTaken;
import static org.baclo.followup.Diaries.at;
import static org.baclo.followup.Diaries.effect;
import static org.baclo.followup.Diaries.extra;
import static org.baclo.followup.Diaries.plan;
import static org.baclo.followup.Diaries.skipped;
import static org.baclo.followup.Diaries.spasticity;
import static org.baclo.followup.Diaries.taken;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.baclo.followup.FollowUpEngine.FollowUpResult;
import org.baclo.followup.Observation.EffectSeverity;
import org.baclo.knowledge.Severity;
import org.baclo.regimen.Regimen;
import org.baclo.regimen.RegimenDraft;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The follow-up rules with a fixed "now", each alert at its threshold edges (BACLOFEN.md
 * §3, §4, §7, §11).
 */
class FollowUpEngineTest {

    private static final FollowUpEngine ENGINE = new FollowUpEngine(K);

    /** 5 mg TID from Monday 2026-11-30 for 28 days. */
    private static final Regimen TID = plan("2026-11-30", 28, "5", "08:00", "14:00", "20:00");

    private static FollowUpResult eval(Regimen r, List<DiaryDose> doses, List<Observation> obs, String now) {
        return ENGINE.evaluate(r, new Diary(doses, obs), at(now).toInstant());
    }

    private static Optional<Alert> alert(FollowUpResult r, AlertCode code) {
        return r.alert(code);
    }

    @Nested
    @DisplayName("WITHDRAWAL_RISK: no dose for 24 h → WARNING, 48 h → CRITICAL while an oral plan is active"
            + " (BACLOFEN.md §4, product default A; onset 18–31 h [DALEO-2007])")
    class Withdrawal {

        private final List<DiaryDose> lastAtMonday20h = List.of(taken("2026-11-30T08:00", "5"),
                taken("2026-11-30T20:00", "5"));

        @Test
        void edges() {
            assertThat(alert(eval(TID, lastAtMonday20h, List.of(), "2026-12-01T19:59"), AlertCode.WITHDRAWAL_RISK))
                .isEmpty();
            Alert w = alert(eval(TID, lastAtMonday20h, List.of(), "2026-12-01T20:00"), AlertCode.WITHDRAWAL_RISK)
                .orElseThrow();
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.since()).isEqualTo(at("2026-11-30T20:00").toInstant());
            assertThat(w.patientMessage()).contains("Do not stop baclofen suddenly")
                .contains("contact your clinic")
                .contains("get medical help now")
                .doesNotContain("WITHDRAWAL");
            assertThat(w.source()).contains("DALEO-2007");
            assertThat(w.message()).startsWith("No baclofen dose recorded since 2026-11-30 20:00 (+01:00): 24 h");
            assertThat(alert(eval(TID, lastAtMonday20h, List.of(), "2026-12-02T19:59"), AlertCode.WITHDRAWAL_RISK)
                .orElseThrow()
                .severity()).isEqualTo(Severity.WARNING);
            assertThat(alert(eval(TID, lastAtMonday20h, List.of(), "2026-12-02T20:00"), AlertCode.WITHDRAWAL_RISK)
                .orElseThrow()
                .severity()).isEqualTo(Severity.CRITICAL);
        }

        @Test
        @DisplayName("a skipped dose is not an intake; an extra dose is")
        void skippedAndExtra() {
            List<DiaryDose> doses = new ArrayList<>(lastAtMonday20h);
            doses.add(skipped("2026-12-01T08:00"));
            assertThat(alert(eval(TID, doses, List.of(), "2026-12-01T21:00"), AlertCode.WITHDRAWAL_RISK)).isPresent();
            doses.add(extra("2026-12-01T09:00", "5"));
            assertThat(alert(eval(TID, doses, List.of(), "2026-12-01T21:00"), AlertCode.WITHDRAWAL_RISK)).isEmpty();
        }

        @Test
        @DisplayName("with no dose recorded at all, the gap runs from the plan's first due dose")
        void fromFirstDose() {
            assertThat(alert(eval(TID, List.of(), List.of(), "2026-12-01T07:59"), AlertCode.WITHDRAWAL_RISK)).isEmpty();
            assertThat(alert(eval(TID, List.of(), List.of(), "2026-12-01T08:00"), AlertCode.WITHDRAWAL_RISK))
                .isPresent();
        }

        @Test
        @DisplayName("no alert before the plan, after it, or on its stop step")
        void onlyWhileActive() {
            assertThat(alert(eval(TID, List.of(), List.of(), "2026-11-29T12:00"), AlertCode.WITHDRAWAL_RISK)).isEmpty();
            assertThat(alert(eval(TID, lastAtMonday20h, List.of(), "2027-01-10T12:00"), AlertCode.WITHDRAWAL_RISK))
                .isEmpty();
            Regimen taper = plan("2026-11-30", 3, "5",
                    List.of(new RegimenDraft.StepDraft("2026-12-03", "2026-12-03", java.math.BigDecimal.ZERO, null)),
                    "08:00", "14:00", "20:00");
            assertThat(alert(eval(taper, allTaken(taper, "2026-11-30", "2026-12-02"), List.of(), "2026-12-03T22:00"),
                    AlertCode.WITHDRAWAL_RISK))
                .isEmpty();
        }

        @Test
        @DisplayName("the gap is real elapsed time across a DST change (Paris, 2026-03-29: 23 h from 20:00 to 20:00)")
        void dst() {
            Regimen march = plan("2026-03-27", 7, "5", "08:00", "14:00", "20:00");
            List<DiaryDose> last = List.of(taken("2026-03-28T20:00", "5"));
            assertThat(alert(eval(march, last, List.of(), "2026-03-29T20:30"), AlertCode.WITHDRAWAL_RISK)).isEmpty();
            assertThat(alert(eval(march, last, List.of(), "2026-03-29T21:00"), AlertCode.WITHDRAWAL_RISK)).isPresent();
        }

    }

    @Nested
    @DisplayName("SERIOUS_ADVERSE_EVENT: a serious reaction of the knowledge list, or any severe effect → CRITICAL"
            + " (BACLOFEN.md §7)")
    class Serious {

        @Test
        void seriousSignOrSevere() {
            List<DiaryDose> doses = allTaken(TID, "2026-11-30", "2026-12-02");
            Alert a = alert(eval(TID, doses, List.of(effect("2026-12-02T10:00", "hallucinations", EffectSeverity.MILD)),
                    "2026-12-02T12:00"), AlertCode.SERIOUS_ADVERSE_EVENT)
                .orElseThrow();
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.patientMessage()).contains("get medical help now");
            assertThat(a.source()).contains("LBL-TAB");
            assertThat(alert(eval(TID, doses, List.of(effect("2026-12-02T10:00", "headache", EffectSeverity.SEVERE)),
                    "2026-12-02T12:00"), AlertCode.SERIOUS_ADVERSE_EVENT))
                .get()
                .extracting(Alert::severity)
                .isEqualTo(Severity.CRITICAL);
            assertThat(alert(eval(TID, doses, List.of(effect("2026-12-02T10:00", "headache", EffectSeverity.MODERATE)),
                    "2026-12-02T12:00"), AlertCode.SERIOUS_ADVERSE_EVENT))
                .isEmpty();
        }

        @Test
        @DisplayName("effects before the plan or after now do not count")
        void window() {
            List<Observation> obs = List.of(effect("2026-11-20T10:00", "seizures", EffectSeverity.SEVERE),
                    effect("2026-12-03T10:00", "seizures", EffectSeverity.SEVERE));
            assertThat(alert(eval(TID, allTaken(TID, "2026-11-30", "2026-12-02"), obs, "2026-12-02T12:00"),
                    AlertCode.SERIOUS_ADVERSE_EVENT))
                .isEmpty();
        }

    }

    @Nested
    @DisplayName("SPASTICITY_WORSENING / RESPONSE: 7-day mean spasticity NRS ±30% against the plan's first 7 days"
            + " [FARRAR-2008]")
    class Trend {

        private List<Observation> scores(int firstWeek, int lastWeek) {
            List<Observation> out = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                out.add(spasticity(java.time.LocalDate.of(2026, 11, 30).plusDays(d) + "T09:00", firstWeek));
                out.add(spasticity(java.time.LocalDate.of(2026, 12, 14).plusDays(d) + "T09:00", lastWeek));
            }
            return out;
        }

        private Optional<Alert> trend(List<Observation> obs, AlertCode code) {
            return alert(eval(TID, allTaken(TID, "2026-11-30", "2026-12-20"), obs, "2026-12-20T12:00"), code);
        }

        @Test
        void worseningEdge() {
            List<Observation> up = scores(5, 6);
            up.add(spasticity("2026-12-20T10:00", 8));
            // mean 6.25 after 5.0 = +25%
            assertThat(trend(up, AlertCode.SPASTICITY_WORSENING)).isEmpty();
            Alert a = trend(scores(5, 7), AlertCode.SPASTICITY_WORSENING).orElseThrow(); // +40%
            assertThat(a.severity()).isEqualTo(Severity.WARNING);
            List<Observation> exactly = scores(5, 6);
            for (int d = 0; d < 7; d++) {
                exactly.add(spasticity(java.time.LocalDate.of(2026, 12, 14).plusDays(d) + "T19:00", 7));
            }
            // mean 6.5 after 5.0 = +30% exactly
            assertThat(trend(exactly, AlertCode.SPASTICITY_WORSENING)).isPresent();
        }

        @Test
        void responseEdge() {
            assertThat(trend(scores(10, 7), AlertCode.RESPONSE)).get()
                .extracting(Alert::severity)
                .isEqualTo(Severity.INFO); // −30% exactly
            assertThat(trend(scores(10, 8), AlertCode.RESPONSE)).isEmpty(); // −20%
        }

        @Test
        @DisplayName("no trend before the last window has moved past the first one")
        void tooEarly() {
            List<Observation> early = List.of(spasticity("2026-11-30T09:00", 3), spasticity("2026-12-10T09:00", 9));
            assertThat(alert(eval(TID, allTaken(TID, "2026-11-30", "2026-12-12"), early, "2026-12-12T12:00"),
                    AlertCode.SPASTICITY_WORSENING))
                .isEmpty();
            assertThat(alert(eval(TID, allTaken(TID, "2026-11-30", "2026-12-14"), early, "2026-12-14T12:00"),
                    AlertCode.SPASTICITY_WORSENING))
                .isPresent();
        }

    }

    @Nested
    @DisplayName("OVER_DOSE: a day's recorded doses above the plan's daily dose → WARNING, above 80 mg/day → CRITICAL"
            + " (BACLOFEN.md §3)")
    class OverDose {

        @Test
        void edges() {
            List<DiaryDose> day = new ArrayList<>(allTaken(TID, "2026-11-30", "2026-11-30"));
            assertThat(alert(eval(TID, day, List.of(), "2026-11-30T22:00"), AlertCode.OVER_DOSE)).isEmpty();
            day.add(extra("2026-11-30T21:00", "2.5"));
            assertThat(alert(eval(TID, day, List.of(), "2026-11-30T22:00"), AlertCode.OVER_DOSE)).get()
                .extracting(Alert::severity)
                .isEqualTo(Severity.WARNING);
            day.add(extra("2026-11-30T21:30", "62.5")); // 80 mg: at the cap, not above
            assertThat(alert(eval(TID, day, List.of(), "2026-11-30T22:00"), AlertCode.OVER_DOSE)).get()
                .extracting(Alert::severity)
                .isEqualTo(Severity.WARNING);
            day.add(extra("2026-11-30T21:45", "5"));
            Alert a = alert(eval(TID, day, List.of(), "2026-11-30T22:00"), AlertCode.OVER_DOSE).orElseThrow();
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.since()).isEqualTo(at("2026-11-30T21:45").toInstant());
            assertThat(a.message()).contains("85 mg").contains("80 mg");
        }

    }

    @Nested
    @DisplayName("MISSED_DOSES: under 80% of planned doses taken over 7 days → CAUTION (product default A)")
    class Missed {

        @Test
        void edges() {
            List<DiaryDose> all = allTaken(TID, "2026-11-30", "2026-12-06"); // 21 due by
                                                                             // Sunday
                                                                             // 22:00
            String now = "2026-12-06T22:00";
            List<DiaryDose> seventeen = all.subList(4, 21); // 17/21 = 81%
            assertThat(alert(eval(TID, seventeen, List.of(), now), AlertCode.MISSED_DOSES)).isEmpty();
            List<DiaryDose> sixteen = all.subList(5, 21); // 16/21 = 76%
            Alert a = alert(eval(TID, sixteen, List.of(), now), AlertCode.MISSED_DOSES).orElseThrow();
            assertThat(a.severity()).isEqualTo(Severity.CAUTION);
            assertThat(a.message()).contains("16 of 21");
            assertThat(a.patientMessage()).contains("Never take a double dose");
        }

    }

    @Test
    @DisplayName("adherence per day and per ISO week; extra doses are not adherence; only doses due by now count")
    void adherence() {
        List<DiaryDose> doses = new ArrayList<>(allTaken(TID, "2026-11-30", "2026-12-08"));
        doses.remove(0);
        doses.add(extra("2026-12-01T22:00", "5"));
        FollowUpResult r = eval(TID, doses, List.of(), "2026-12-08T15:00");
        Adherence a = r.adherence();
        assertThat(a.days()).hasSize(9);
        assertThat(a.days().get(0))
            .isEqualTo(new Adherence.Period(java.time.LocalDate.parse("2026-11-30"), 3, 2, Optional.of(67)));
        assertThat(a.days().get(1).percent()).contains(100);
        assertThat(a.days().get(8).planned()).isEqualTo(2); // Tuesday 15:00: the 20:00
                                                            // dose is not due yet
        assertThat(a.weeks()).extracting(Adherence.Period::start)
            .containsExactly(java.time.LocalDate.parse("2026-11-30"), java.time.LocalDate.parse("2026-12-07"));
        assertThat(a.weeks().get(0))
            .isEqualTo(new Adherence.Period(java.time.LocalDate.parse("2026-11-30"), 21, 20, Optional.of(95)));
    }

    @Test
    @DisplayName("the order in which events arrive does not matter (late and out-of-order uploads)")
    void orderIndependent() {
        List<DiaryDose> doses = new ArrayList<>(allTaken(TID, "2026-11-30", "2026-12-05"));
        doses.add(extra("2026-12-02T21:00", "30"));
        List<Observation> obs = new ArrayList<>(List.of(effect("2026-12-03T10:00", "confusion", EffectSeverity.SEVERE),
                spasticity("2026-12-01T09:00", 5)));
        FollowUpResult expected = eval(TID, doses, obs, "2026-12-07T12:00");
        assertThat(expected.alerts()).extracting(Alert::code)
            .contains(AlertCode.WITHDRAWAL_RISK, AlertCode.SERIOUS_ADVERSE_EVENT, AlertCode.OVER_DOSE);
        assertThat(expected.alerts().get(0).severity()).isEqualTo(Severity.CRITICAL);
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(doses, random);
            Collections.shuffle(obs, random);
            assertThat(eval(TID, doses, obs, "2026-12-07T12:00")).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("each local dose time occurs once on DST days (spring gap and autumn overlap)")
    void dstOccurrences() {
        Regimen night = plan("2026-03-28", 3, "5", "02:30", "08:00", "20:00");
        List<DueDose> spring = new DoseCalendar(night).on(java.time.LocalDate.parse("2026-03-29"));
        assertThat(spring).hasSize(3);
        assertThat(spring.get(0).due().toLocalTime()).isEqualTo(Diaries.time("03:30"));
        Regimen autumn = plan("2026-10-24", 3, "5", "02:30", "08:00", "20:00");
        List<DueDose> overlap = new DoseCalendar(autumn).on(java.time.LocalDate.parse("2026-10-25"));
        assertThat(overlap).hasSize(3);
        assertThat(Duration.between(overlap.get(0).due(), overlap.get(1).due()))
            .isEqualTo(Duration.ofMinutes(6 * 60 + 30));
        assertThat(Instant.parse("2026-10-25T00:30:00Z")).isEqualTo(overlap.get(0).due().toInstant());
    }

}
