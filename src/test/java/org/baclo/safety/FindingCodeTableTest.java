package org.baclo.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.baclo.knowledge.Frequency;
import org.baclo.knowledge.Severity;
import org.baclo.regimen.PlanOptions;
import org.baclo.regimen.RegimenDraft;
import org.baclo.regimen.TaperReason;
import org.baclo.regimen.TaperRequest;
import org.baclo.regimen.TestPatients;
import org.baclo.regimen.TitrationRequest;
import static org.baclo.regimen.TestPatients.START;
import org.baclo.units.Milligrams;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per finding code (issue 3): a scenario, the code it must raise, the severity,
 * and the BACLOFEN.md fact (section and source key) the rule enforces. A row for the
 * absent case shows each rule can also stay silent.
 */
class FindingCodeTableTest {

    private static final PlanService SERVICE = new PlanService(TestPatients.K, TestPatients.CLOCK);

    private static CheckedPlan titrate(TestPatients p, String target, PlanOptions o) {
        return SERVICE.titrate(new TitrationRequest(p.build(), Milligrams.of(target), Optional.empty(), o));
    }

    private static CheckedPlan titrate(TestPatients p) {
        return titrate(p, "30", TestPatients.options());
    }

    private static CheckedPlan taper(String from, TaperReason reason, PlanOptions o) {
        return SERVICE
            .taper(new TaperRequest(TestPatients.adult().build(), Milligrams.of(from), Milligrams.ZERO, reason, o));
    }

    /**
     * A hand-typed regimen: steps as "startDate:dailyMg[:endDate]", checked for
     * {@code patient} (null: none).
     */
    private static CheckedPlan hand(String kind, String frequency, TestPatients patient, String reason,
            String... steps) {
        List<RegimenDraft.StepDraft> drafts = Arrays.stream(steps)
            .map(s -> s.split(":"))
            .map(a -> new RegimenDraft.StepDraft(a[0], a.length > 2 ? a[2] : null, new BigDecimal(a[1]), null))
            .toList();
        var regimen = new RegimenDraft(kind, null, frequency, null, null, null, reason, null, drafts)
            .toRegimen(TestPatients.K, TestPatients.ZONE);
        return SERVICE.check(regimen, Optional.ofNullable(patient).map(TestPatients::build));
    }

    private static Arguments row(FindingCode code, Severity severity, String fact, Supplier<CheckedPlan> scenario) {
        return Arguments.of(code, severity, fact, scenario);
    }

    static Stream<Arguments> rows() {
        PlanOptions o = TestPatients.options();
        TestPatients moderate = TestPatients.adult().age(72).female().weight(60).creatinine(1.4);
        return Stream.of(
                row(FindingCode.DOSE_ABOVE_DAILY_MAX, Severity.CRITICAL, "§3 max 80 mg/day [LBL-TAB]",
                        () -> hand("titrate", "QID", TestPatients.adult(), null, "2025-03-01:100")),
                row(FindingCode.DOSE_ABOVE_DAILY_MAX, Severity.CRITICAL, "§5 MODERATE cap 40 mg/day [VLAV-2014]",
                        () -> hand("titrate", "TID", moderate, null, "2025-03-01:45")),
                row(FindingCode.DOSE_ABOVE_SINGLE_MAX, Severity.CRITICAL, "§3 20 mg per dose (20 mg QID) [LBL-TAB]",
                        () -> hand("titrate", "BID", TestPatients.adult(), null, "2025-03-01:50")),
                row(FindingCode.TITRATION_TOO_FAST, Severity.WARNING, "§3 +5 mg per dose every 3 days [LBL-TAB]",
                        () -> titrate(TestPatients.adult(), "60", o.withStep(Milligrams.of("10"), 2))),
                row(FindingCode.TITRATION_TOO_FAST, Severity.CRITICAL,
                        "§5 slow titration, never faster without an" + " override [AJKD-2017, BACLO-A]",
                        () -> titrate(moderate, "30", o.withStep(null, 3))),
                row(FindingCode.TITRATION_TOO_FAST, Severity.WARNING, "§5 faster with a clinician override",
                        () -> titrate(moderate, "30", o.withStep(null, 3).withOverride("trial on the ward"))),
                row(FindingCode.TAPER_TOO_FAST, Severity.WARNING,
                        "§4 −5 mg per dose every 3 days, ≥ 7 days" + " [LBL-CA, BACLO-A]",
                        () -> taper("60", TaperReason.ROUTINE, o.withStep(null, 1))),
                row(FindingCode.TAPER_TOO_FAST, Severity.INFO,
                        "§4 fast allowed for a serious adverse reaction" + " [LBL-TAB]",
                        () -> taper("60", TaperReason.SERIOUS_ADVERSE_REACTION, o.withStep(null, 1))),
                row(FindingCode.ABRUPT_STOP, Severity.CRITICAL,
                        "§4 abrupt withdrawal: hallucinations, seizures" + " [LBL-TAB, LBL-OZO]",
                        () -> hand(null, null, null, null, "2025-03-01:60:2025-03-01", "2025-03-02:0")),
                row(FindingCode.ABRUPT_STOP, Severity.CRITICAL,
                        "§4 60 → 15 → 0 in two days: 0 less than 7 days"
                                + " after the last day above 15 mg/day [LBL-TAB, BACLO-A]",
                        () -> hand("taper", null, null, null, "2025-03-01:60:2025-03-01", "2025-03-02:15:2025-03-02",
                                "2025-03-03:0")),
                row(FindingCode.WITHDRAWAL_SIGNS, Severity.INFO,
                        "§4 any pace for a serious adverse reaction; the" + " withdrawal signs [LBL-TAB, LBL-OZO]",
                        () -> hand(null, null, null, "serious-adverse-reaction", "2025-03-01:60:2025-03-01",
                                "2025-03-02:0")),
                row(FindingCode.TARGET_CAPPED, Severity.WARNING, "§5 MODERATE cap 40 mg/day [VLAV-2014, BACLO-A]",
                        () -> titrate(moderate, "60", o)),
                row(FindingCode.RENAL_MILD, Severity.CAUTION, "§5 CrCl 50–79: one third [VLAV-2014]",
                        () -> titrate(TestPatients.adult().crcl(60), "20", o)),
                row(FindingCode.RENAL_MODERATE, Severity.WARNING, "§5 CrCl 30–49: one half [VLAV-2014]",
                        () -> titrate(moderate)),
                row(FindingCode.RENAL_SEVERE, Severity.CRITICAL,
                        "§5 CrCl < 30: two thirds; CRITICAL unless" + " overridden [AJKD-2017]",
                        () -> titrate(TestPatients.adult().crcl(20), "20", o)),
                row(FindingCode.RENAL_SEVERE, Severity.CRITICAL,
                        "§5 a measured CrCl of 0 without the dialysis" + " flag [AJKD-2017]",
                        () -> titrate(TestPatients.adult().crcl(0), "20", o)),
                row(FindingCode.RENAL_SEVERE, Severity.WARNING, "§5 CrCl < 30 with a clinician override",
                        () -> titrate(TestPatients.adult().crcl(20), "20", o.withOverride("nephrology agreed"))),
                row(FindingCode.CREATININE_STALE, Severity.CAUTION,
                        "§5 creatinine older than the site limit" + " [BACLO-A]",
                        () -> titrate(TestPatients.adult().creatinineDate(START.minusDays(91)))),
                row(FindingCode.CREATININE_LOW, Severity.CAUTION,
                        "§5 creatinine below 0.6 mg/dL in an adult:" + " Cockcroft–Gault overestimates [BACLO-A]",
                        () -> titrate(TestPatients.adult().creatinine(0.5))),
                row(FindingCode.RENAL_NOT_ESTIMATED, Severity.WARNING,
                        "§5 under 18 Schwartz needs the height" + " [SCHWARTZ-2009]",
                        () -> titrate(TestPatients.adult().age(15).weight(50), "30", o)),
                row(FindingCode.DIALYSIS, Severity.CRITICAL, "§5 dialysis: avoid [LBL-CA, AJKD-2017]",
                        () -> titrate(TestPatients.adult().crcl(8).dialysis(), "5", o)),
                row(FindingCode.INTERACTION_OPIOID, Severity.WARNING, "§8 opioids [LBL-CA]",
                        () -> titrate(TestPatients.adult().med("oxycodone"))),
                row(FindingCode.INTERACTION_BENZODIAZEPINE, Severity.WARNING, "§8 benzodiazepines [LBL-TAB]",
                        () -> titrate(TestPatients.adult().med("Xanax"))),
                row(FindingCode.INTERACTION_BENZODIAZEPINE, Severity.WARNING, "§8 z-drugs [LBL-TAB]",
                        () -> titrate(TestPatients.adult().med("zolpidem"))),
                row(FindingCode.INTERACTION_BENZODIAZEPINE, Severity.WARNING, "§8 barbiturates [LBL-TAB]",
                        () -> titrate(TestPatients.adult().med("phenobarbital"))),
                row(FindingCode.INTERACTION_ALCOHOL, Severity.WARNING, "§8 alcohol [LBL-TAB]",
                        () -> titrate(TestPatients.adult().med("alcohol"))),
                row(FindingCode.INTERACTION_CNS_DEPRESSANT, Severity.CAUTION, "§8 other CNS depressants [LBL-TAB]",
                        () -> titrate(TestPatients.adult().med("gabapentin"))),
                row(FindingCode.INTERACTION_TCA, Severity.CAUTION, "§8 tricyclics [LBL-CA]",
                        () -> titrate(TestPatients.adult().med("amitriptyline"))),
                row(FindingCode.INTERACTION_MAOI, Severity.CAUTION, "§8 MAO inhibitors [LBL-CA]",
                        () -> titrate(TestPatients.adult().med("phenelzine"))),
                row(FindingCode.INTERACTION_ANTIHYPERTENSIVE, Severity.CAUTION, "§8 antihypertensives [LBL-CA]",
                        () -> titrate(TestPatients.adult().med("amlodipine"))),
                row(FindingCode.INTERACTION_LEVODOPA, Severity.INFO, "§8 levodopa [LBL-CA] U: information only",
                        () -> titrate(TestPatients.adult().med("Sinemet"))),
                row(FindingCode.INTERACTION_LITHIUM, Severity.CAUTION, "§8 lithium [LBL-CA]",
                        () -> titrate(TestPatients.adult().med("lithium"))),
                row(FindingCode.INTERACTION_NSAID, Severity.INFO, "§8 NSAIDs [LBL-UK] U: information only",
                        () -> titrate(TestPatients.adult().med("ibuprofen"))),
                row(FindingCode.INTERACTION_ANAESTHETIC, Severity.CAUTION, "§8 general anaesthetics [LBL-CA]",
                        () -> titrate(TestPatients.adult().med("propofol"))),
                row(FindingCode.UNKNOWN_MEDICATION, Severity.CAUTION, "§8 substances mapped to classes [BACLO-A]",
                        () -> titrate(TestPatients.adult().med("foobarin"))),
                row(FindingCode.DUPLICATE_BACLOFEN, Severity.WARNING,
                        "§9 another baclofen product already taken" + " [BACLO-A]",
                        () -> titrate(TestPatients.adult().med("Ozobax"))),
                row(FindingCode.INTERACTION_OPIOID, Severity.WARNING,
                        "§8 combination products take every class" + " of their ingredients [LBL-CA, BACLO-A]",
                        () -> titrate(TestPatients.adult().med("Norco"))),
                row(FindingCode.INTERACTION_CNS_DEPRESSANT, Severity.CAUTION,
                        "§8 non-prescription sedatives:" + " phenibut [BACLO-A]",
                        () -> titrate(TestPatients.adult().med("phenibut"))),
                row(FindingCode.CONDITION_LACTATION, Severity.CAUTION,
                        "§7/§9 breastfeeding: present in milk" + " [LBL-FLQ]",
                        () -> titrate(TestPatients.adult().female().condition("breastfeeding"))),
                row(FindingCode.CONDITION_MISUSE_RISK, Severity.WARNING,
                        "§9 alcohol use disorder: suicide" + " attempts, misuse reported [LBL-UK]",
                        () -> titrate(TestPatients.adult().condition("alcohol use disorder"))),
                row(FindingCode.CONDITION_MISUSE_RISK, Severity.WARNING, "§9 depression [LBL-UK]",
                        () -> titrate(TestPatients.adult().condition("depression"))),
                row(FindingCode.CONDITION_MISUSE_RISK, Severity.WARNING, "§9 history of substance misuse [LBL-UK]",
                        () -> titrate(TestPatients.adult().condition("substance misuse"))),
                row(FindingCode.CONDITION_BLADDER_SPHINCTER, Severity.CAUTION,
                        "§9 urinary retention risk" + " [LBL-CA]",
                        () -> titrate(TestPatients.adult().condition("neurogenic bladder"))),
                row(FindingCode.CONDITION_EPILEPSY, Severity.WARNING, "§9 epilepsy [LBL-TAB]",
                        () -> titrate(TestPatients.adult().condition("epilepsy"))),
                row(FindingCode.CONDITION_PSYCHOSIS, Severity.WARNING, "§9 psychotic disorder [LBL-TAB]",
                        () -> titrate(TestPatients.adult().condition("schizophrenia"))),
                row(FindingCode.CONDITION_AUTONOMIC_DYSREFLEXIA, Severity.CAUTION,
                        "§9 autonomic dysreflexia" + " [LBL-TAB]",
                        () -> titrate(TestPatients.adult().condition("autonomic-dysreflexia"))),
                row(FindingCode.CONDITION_HEPATIC, Severity.CAUTION, "§9 hepatic disease [LBL-TAB]",
                        () -> titrate(TestPatients.adult().condition("liver disease"))),
                row(FindingCode.CONDITION_RESPIRATORY, Severity.CAUTION, "§9 respiratory disease [LBL-OZO]",
                        () -> titrate(TestPatients.adult().condition("COPD"))),
                row(FindingCode.CONDITION_DIABETES, Severity.CAUTION, "§9 diabetes [LBL-TAB]",
                        () -> titrate(TestPatients.adult().condition("diabetes"))),
                row(FindingCode.CONDITION_PEPTIC_ULCER, Severity.CAUTION, "§9 peptic ulcer [LBL-CA]",
                        () -> titrate(TestPatients.adult().condition("peptic-ulcer"))),
                row(FindingCode.CONDITION_BLADDER_SPHINCTER, Severity.CAUTION,
                        "§9 bladder sphincter hypertonia" + " [LBL-CA]",
                        () -> titrate(TestPatients.adult().condition("bladder-sphincter-hypertonia"))),
                row(FindingCode.CONDITION_CEREBRAL_ORIGIN, Severity.CAUTION,
                        "§9 spasticity of cerebral origin" + " [LBL-CA]",
                        () -> titrate(TestPatients.adult().condition("cerebral-origin-spasticity"))),
                row(FindingCode.CONDITION_TONE_NEEDED, Severity.INFO, "§9 tone needed for function [LBL-TAB]",
                        () -> titrate(TestPatients.adult().condition("tone-needed-for-function"))),
                row(FindingCode.INDICATION_NOT_ESTABLISHED, Severity.CAUTION,
                        "§1/§9 stroke: efficacy not" + " established [LBL-TAB]",
                        () -> titrate(TestPatients.adult().indication("stroke"))),
                row(FindingCode.OFF_LABEL_INDICATION, Severity.CRITICAL,
                        "§1 off-label only with an override" + " [POPPK-AUD, SEEDS]",
                        () -> titrate(TestPatients.adult().indication("alcohol-use-disorder"))),
                row(FindingCode.OFF_LABEL_INDICATION, Severity.WARNING, "§1 off-label with an override, noted",
                        () -> titrate(TestPatients.adult().indication("alcohol-use-disorder"), "30",
                                o.withOverride("AUD clinic protocol"))),
                row(FindingCode.PREGNANCY, Severity.WARNING, "§9/§4 pregnancy [LBL-OZO]",
                        () -> titrate(TestPatients.adult().female().pregnant())),
                row(FindingCode.ELDERLY, Severity.INFO, "§3/§9 age ≥ 65 [LBL-TAB] U: information only",
                        () -> titrate(TestPatients.adult().age(70))),
                row(FindingCode.PEDIATRIC, Severity.CRITICAL,
                        "§3 < 12 years not established; needs an override" + " [LBL-LYV]",
                        () -> titrate(TestPatients.adult().age(10).weight(30))),
                row(FindingCode.PEDIATRIC, Severity.WARNING, "§3/§9 < 12 years with a clinician override",
                        () -> titrate(TestPatients.adult().age(10).weight(30), "30", o.withOverride("neurology"))),
                row(FindingCode.DRIVING, Severity.INFO, "§9 driving, every patient [LBL-TAB]",
                        () -> titrate(TestPatients.adult())),
                row(FindingCode.LIQUID_CONCENTRATION, Severity.CAUTION,
                        "§2 mg and mL with concentration" + " [LBL-OZO, LBL-FLQ]",
                        () -> titrate(TestPatients.adult(), "30", o.withProduct("solution-1mg-ml"))),
                row(FindingCode.CONTEXT_MISSING, Severity.WARNING, "§5/§8/§9 need the patient [BACLO-A]",
                        () -> hand(null, null, null, null, "2025-03-01:15")));
    }

    @ParameterizedTest(name = "{0} {1} — BACLOFEN.md {2}")
    @MethodSource("rows")
    void raises(FindingCode code, Severity severity, String fact, Supplier<CheckedPlan> scenario) {
        CheckedPlan plan = scenario.get();
        assertThat(plan.findings(code)).as(code + " in " + codes(plan)).isNotEmpty();
        assertThat(plan.findings(code)).extracting(Finding::severity).containsOnly(severity);
        Finding f = plan.findings(code).get(0);
        assertThat(f.message()).isNotBlank();
        assertThat(f.source()).isNotEmpty().allSatisfy(k -> assertThat(TestPatients.K.source(k)).isPresent());
        assertThat(plan.hasCritical())
            .isEqualTo(plan.findings().stream().anyMatch(x -> x.severity() == Severity.CRITICAL));
    }

    @Test
    @DisplayName("every code has a row (INTERACTION_ITB_EPIDURAL_MORPHINE: intrathecal only, checked absent below)")
    void everyCodeHasARow() {
        Set<FindingCode> covered = rows().map(a -> (FindingCode) a.get()[0])
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class)));
        covered.add(FindingCode.INTERACTION_ITB_EPIDURAL_MORPHINE);
        covered.addAll(org.baclo.pump.PumpRules.CODES); // pump findings: PumpRulesTest,
                                                        // one test per code
        assertThat(covered).containsExactlyInAnyOrder(FindingCode.values());
    }

    @Test
    @DisplayName("§8 epidural morphine is an intrathecal interaction [LBL-GAB]: oral morphine raises only the opioid"
            + " finding")
    void epiduralMorphineNotForOral() {
        CheckedPlan p = titrate(TestPatients.adult().med("morphine"));
        assertThat(p.findings(FindingCode.INTERACTION_ITB_EPIDURAL_MORPHINE)).isEmpty();
        assertThat(p.findings(FindingCode.INTERACTION_OPIOID)).hasSize(1);
    }

    @Test
    @DisplayName("§3 [POPPK-PED, TX-VDP] a 4-year-old of 15 kg with an override is planned to 30 mg/day at most"
            + " (2 mg/kg/day), says why, and a hand-written 40 mg/day is CRITICAL")
    void childCap() {
        TestPatients child = TestPatients.adult().age(4).weight(15).height(100);
        CheckedPlan p = titrate(child, "80", TestPatients.options().withOverride("neurology"));
        assertThat(p.regimen().peakDailyMg()).isEqualByComparingTo(Milligrams.of("30"));
        assertThat(p.findings(FindingCode.DOSE_ABOVE_DAILY_MAX)).isEmpty();
        assertThat(p.findings(FindingCode.TARGET_CAPPED)).singleElement()
            .satisfies(f -> assertThat(f.message()).contains("30 mg/day"));
        assertThat(p.regimen().appliedRules()).anySatisfy(r -> assertThat(r.text()).contains("Child", "2 mg/kg"));
        CheckedPlan hand = hand("titrate", "QID", child, null, "2025-03-01:40");
        assertThat(hand.findings(FindingCode.DOSE_ABOVE_DAILY_MAX)).singleElement()
            .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL))
            .satisfies(f -> assertThat(f.source()).contains("POPPK-PED"));
        // 10 years, 40 kg: 2 mg/kg = 80, the age ceiling 60 is lower
        CheckedPlan older = titrate(TestPatients.adult().age(10).weight(40).height(140).creatinine(0.5), "80",
                TestPatients.options().withOverride("neurology"));
        assertThat(older.regimen().peakDailyMg()).isEqualByComparingTo(Milligrams.of("60"));
    }

    @Test
    @DisplayName("§3 [LBL-TAB] a hand-written 20 mg TID → 20 mg QID step is the label's own last step: not too fast")
    void fourthDoseStep() {
        CheckedPlan p = hand("titrate", "TID", TestPatients.adult(), null, "2025-03-01:60:2025-03-03", "2025-03-04:80");
        assertThat(p.regimen().lastStep().doses()).hasSize(4);
        assertThat(p.findings(FindingCode.TITRATION_TOO_FAST)).noneMatch(f -> f.message().contains("rises by"));
        CheckedPlan tooFast = hand("titrate", "QID", TestPatients.adult(), null, "2025-03-01:60:2025-03-03",
                "2025-03-04:80");
        assertThat(tooFast.findings(FindingCode.TITRATION_TOO_FAST)).anyMatch(f -> f.message().contains("rises by"));
    }

    @Test
    @DisplayName("a healthy adult on the label schedule has only the DRIVING information")
    void baselineIsQuiet() {
        CheckedPlan p = titrate(TestPatients.adult(), "60", TestPatients.options());
        assertThat(codes(p)).containsExactly(FindingCode.DRIVING);
        assertThat(p.hasCritical()).isFalse();
    }

    @Test
    @DisplayName("§4 a serious adverse reaction allows any pace: no ABRUPT_STOP; 0 seven days after the last day above 15"
            + " mg/day is fine, six days is CRITICAL")
    void stopRuleEdges() {
        CheckedPlan fast = hand(null, null, null, "serious-adverse-reaction", "2025-03-01:60:2025-03-01",
                "2025-03-02:0");
        assertThat(fast.findings(FindingCode.ABRUPT_STOP)).isEmpty();
        assertThat(fast.hasCritical()).isFalse();
        CheckedPlan slow = hand("taper", null, null, null, "2025-03-01:30:2025-03-03", "2025-03-04:15:2025-03-09",
                "2025-03-10:0");
        assertThat(slow.findings(FindingCode.ABRUPT_STOP)).isEmpty();
        CheckedPlan sixDays = hand("taper", null, null, null, "2025-03-01:30:2025-03-03", "2025-03-04:15:2025-03-08",
                "2025-03-09:0");
        assertThat(sixDays.findings(FindingCode.ABRUPT_STOP)).singleElement()
            .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    @DisplayName("the default taper from 60 mg/day raises no speed finding")
    void defaultTaperIsQuiet() {
        CheckedPlan p = taper("60", TaperReason.ROUTINE, TestPatients.options());
        assertThat(codes(p)).containsExactly(FindingCode.DRIVING);
    }

    @Test
    @DisplayName("two names for one substance (brand and generic) give one finding")
    void deduplicates() {
        CheckedPlan p = titrate(TestPatients.adult().med("Xanax").med("alprazolam").med("oxycodone"));
        assertThat(p.findings(FindingCode.INTERACTION_BENZODIAZEPINE)).hasSize(1);
        assertThat(p.findings(FindingCode.INTERACTION_OPIOID)).hasSize(1);
    }

    @Test
    @DisplayName("findings come most severe first")
    void ordered() {
        CheckedPlan p = titrate(TestPatients.adult().age(70).med("oxycodone").indication("alcohol-use-disorder"));
        List<Severity> s = p.findings().stream().map(Finding::severity).toList();
        assertThat(s).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(s.get(0)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    @DisplayName("a MILD-band titration at TID reaches 52.5 mg/day (cap 53 rounded down) without a cap finding"
            + " beyond TARGET_CAPPED")
    void mildRoundsDown() {
        CheckedPlan p = titrate(TestPatients.adult().crcl(60), "60",
                TestPatients.options().withFrequency(Frequency.TID));
        assertThat(p.regimen().peakDailyMg()).isEqualTo(Milligrams.of("52.5"));
        assertThat(p.findings(FindingCode.DOSE_ABOVE_DAILY_MAX)).isEmpty();
        assertThat(p.findings(FindingCode.TARGET_CAPPED)).hasSize(1);
    }

    private static List<FindingCode> codes(CheckedPlan p) {
        return p.findings().stream().map(Finding::code).toList();
    }

}
