package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The CLI contract of issue 3: the "Done when" examples, JSON fields, exit codes, bad
 * input.
 */
class PlanCliTest {

    /**
     * The shipped knowledge, loaded once for the class (the composition root loads it per
     * context).
     */
    private static final CliContext SHARED = CliContext.system();

    private static final String[] MAN = { "--age", "45", "--sex", "male", "--weight-kg", "80", "--creatinine-mg-dl",
            "1.0" };

    private static final String[] WOMAN = { "--age", "72", "--sex", "female", "--weight-kg", "60", "--creatinine-mg-dl",
            "1.4" };

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        JsonNode json() {
            return Json.MAPPER.readTree(out);
        }

        List<String> codes() {
            List<String> out = new ArrayList<>();
            json().get("findings").forEach(f -> out.add(f.get("code").stringValue()));
            return out;
        }

        String severity(String code) {
            for (JsonNode f : json().get("findings")) {
                if (f.get("code").stringValue().equals(code)) {
                    return f.get("severity").stringValue();
                }
            }
            return null;
        }
    }

    private static Run run(String... args) {
        CommandLine cl = BacloCli.commandLine(SHARED);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String[] args(String[] context, String... rest) {
        return Stream.concat(Stream.of(rest), Stream.of(context)).toArray(String[]::new);
    }

    @Test
    @DisplayName("Done 1: 45-year-old man, target 60 → 15, 30, 45, 60 mg/day 3 days apart, no CRITICAL, exit 0")
    void doneLabelSchedule() {
        Run r = run(args(MAN, "plan", "titrate", "--target-mg-day", "60", "--format", "json"));
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode steps = r.json().get("steps");
        List<String> daily = new ArrayList<>();
        steps.forEach(s -> daily.add(s.get("dailyMg").asString()));
        assertThat(daily).containsExactly("15", "30", "45", "60");
        for (int i = 1; i < steps.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(LocalDate.parse(steps.get(i - 1).get("startDate").stringValue()),
                    LocalDate.parse(steps.get(i).get("startDate").stringValue())))
                .isEqualTo(3);
        }
        assertThat(r.json().get("crclMlPerMin").decimalValue()).isEqualByComparingTo("105.5");
        assertThat(r.json().get("renalBand").stringValue()).isEqualTo("NORMAL");
        assertThat(r.out()).doesNotContain("CRITICAL");
        JsonNode dose = steps.get(0).get("doses").get(0);
        assertThat(dose.get("time").stringValue()).isEqualTo("08:00");
        assertThat(dose.get("mg").asString()).isEqualTo("5");
        assertThat(dose.get("product").stringValue()).isEqualTo("tablet");
        assertThat(dose.get("amount").asString()).isEqualTo("1");
        assertThat(dose.get("unit").stringValue()).isEqualTo("tablet");
        assertThat(r.json().get("dispense").get(0).has("quantity")).isTrue();
        assertThat(r.json().get("findings").get(0).has("source")).isTrue();
    }

    @Test
    @DisplayName("Done 2: 72-year-old woman, 60 kg, 1.4 mg/dL → CrCl ≈ 34, RENAL_MODERATE, 2.5 mg TID start, stops at"
            + " the renal cap with TARGET_CAPPED, ELDERLY")
    void doneModerate() {
        Run r = run(args(WOMAN, "plan", "titrate", "--target-mg-day", "60", "--format", "json"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("crclMlPerMin").decimalValue().doubleValue()).isCloseTo(34, within(1));
        assertThat(r.json().get("renalBand").stringValue()).isEqualTo("MODERATE");
        assertThat(r.codes()).contains("RENAL_MODERATE", "TARGET_CAPPED", "ELDERLY");
        JsonNode steps = r.json().get("steps");
        JsonNode first = steps.get(0).get("doses");
        assertThat(first).hasSize(3);
        first.forEach(d -> assertThat(d.get("mg").asString()).isEqualTo("2.5"));
        assertThat(steps.get(steps.size() - 1).get("dailyMg").asString()).isEqualTo("40");
        assertThat(r.severity("ELDERLY")).isEqualTo("INFO");
        assertThat(r.json().get("appliedRules").toString()).contains("MODERATE", "cap 40 mg/day");
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    @Test
    @DisplayName("issue 9 done: creatinine 3.0 with the µmol/L flag → exit 2 naming the field and the likely unit")
    void doneImplausibleCreatinine() {
        Run r = run("plan", "titrate", "--age", "45", "--sex", "male", "--weight-kg", "80", "--creatinine-umol-l",
                "3.0", "--target-mg-day", "30");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--creatinine-umol-l: 3 µmol/L is not plausible", "did you mean 3 mg/dL");
        Run mg = run("plan", "titrate", "--age", "45", "--sex", "male", "--weight-kg", "80", "--creatinine-mg-dl", "88",
                "--target-mg-day", "30");
        assertThat(mg.exit()).isEqualTo(2);
        assertThat(mg.err()).contains("--creatinine-mg-dl: 88 mg/dL is not plausible", "did you mean 88 µmol/L");
        Run crcl = run("plan", "titrate", "--age", "45", "--sex", "male", "--weight-kg", "80", "--crcl-ml-min", "9999",
                "--target-mg-day", "30");
        assertThat(crcl.exit()).isEqualTo(2);
        assertThat(crcl.err()).contains("--crcl-ml-min: 9999 mL/min is not plausible");
    }

    @Test
    @DisplayName("issue 9 done: --med Norco → INTERACTION_OPIOID; an old --creatinine-date → CREATININE_STALE;"
            + " a 4-year-old of 15 kg with an override never above 30 mg/day")
    void doneIngredientsStaleChild() {
        Run r = run(args(MAN, "plan", "titrate", "--target-mg-day", "30", "--med", "Norco", "--creatinine-date",
                "2020-01-01", "--format", "json"));
        assertThat(r.exit()).isZero();
        assertThat(r.codes()).contains("INTERACTION_OPIOID", "CREATININE_STALE").doesNotContain("UNKNOWN_MEDICATION");
        Run child = run("plan", "titrate", "--age", "4", "--sex", "female", "--weight-kg", "15", "--crcl-ml-min", "90",
                "--target-mg-day", "80", "--override", "neurology", "--format", "json");
        assertThat(child.exit()).isZero();
        child.json()
            .get("steps")
            .forEach(s -> assertThat(s.get("dailyMg").decimalValue())
                .isLessThanOrEqualTo(new java.math.BigDecimal("30")));
        assertThat(child.codes()).contains("TARGET_CAPPED", "PEDIATRIC");
    }

    private static List<String> doseMgs(JsonNode step) {
        List<String> out = new ArrayList<>();
        step.get("doses").forEach(d -> out.add(d.get("mg").asString()));
        return out;
    }

    @Test
    @DisplayName("issue 9 done: titrate 80 reaches 20 mg QID; 20 mg/day TID is 5 + 5 + 10 mg; a taper from 80 stays"
            + " QID")
    void doneSplitting() {
        Run qid = run(args(MAN, "plan", "titrate", "--target-mg-day", "80", "--format", "json"));
        assertThat(qid.exit()).as(qid.err()).isZero();
        JsonNode steps = qid.json().get("steps");
        assertThat(doseMgs(steps.get(steps.size() - 1))).containsExactly("20", "20", "20", "20");
        assertThat(qid.codes()).doesNotContain("TARGET_CAPPED", "TITRATION_TOO_FAST");
        Run twenty = run(args(MAN, "plan", "titrate", "--target-mg-day", "20", "--format", "json"));
        JsonNode last = twenty.json().get("steps").get(twenty.json().get("steps").size() - 1);
        assertThat(doseMgs(last)).containsExactly("5", "5", "10");
        Run taper = run(args(MAN, "plan", "taper", "--from-mg-day", "80", "--format", "json"));
        assertThat(taper.json().get("frequency").asString()).isEqualTo("QID");
        assertThat(doseMgs(taper.json().get("steps").get(0))).hasSize(4);
    }

    @Test
    @DisplayName("issue 9: plan maintain --dose-mg-day with --doses 5,5,10; the change from --current-mg-day or"
            + " --from-regimen is checked as a step")
    void maintainAndCurrentPlan() throws IOException {
        Run m = run(args(MAN, "plan", "maintain", "--dose-mg-day", "20", "--doses", "5,5,10", "--start-date",
                "2025-03-01", "--format", "json"));
        assertThat(m.exit()).as(m.err()).isZero();
        assertThat(doseMgs(m.json().get("steps").get(0))).containsExactly("5", "5", "10");
        Run bad = run(args(MAN, "plan", "maintain", "--dose-mg-day", "20", "--doses", "5,5,5"));
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--doses: the doses add up to 15 mg");
        Run jump = run(args(MAN, "plan", "maintain", "--dose-mg-day", "90", "--current-mg-day", "15", "--frequency",
                "QID", "--format", "json"));
        assertThat(jump.codes()).contains("TITRATION_TOO_FAST");
        Path active = dir.resolve("active.json");
        Run saved = run(args(MAN, "plan", "maintain", "--dose-mg-day", "30", "--start-date", "2025-03-01",
                "--maintenance-days", "60", "--out", active.toString()));
        assertThat(saved.exit()).as(saved.err()).isZero();
        Run next = run(args(MAN, "plan", "titrate", "--target-mg-day", "60", "--from-regimen", active.toString(),
                "--start-date", "2025-03-20", "--format", "json"));
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(next.json().get("fromMgDay").decimalValue()).isEqualByComparingTo("30");
        assertThat(next.json().get("steps").get(0).get("dailyMg").decimalValue()).isEqualByComparingTo("45");
        Run taper = run(args(MAN, "plan", "taper", "--from-regimen", active.toString(), "--start-date", "2025-03-20",
                "--format", "json"));
        assertThat(taper.json().get("fromMgDay").decimalValue()).isEqualByComparingTo("30");
    }

    @Test
    @DisplayName("Done 3: --med Xanax --med oxycodone → INTERACTION_BENZODIAZEPINE and INTERACTION_OPIOID")
    void doneInteractions() {
        Run r = run(args(MAN, "plan", "titrate", "--target-mg-day", "30", "--med", "Xanax", "--med", "oxycodone",
                "--med", "foobarin", "--format", "json"));
        assertThat(r.exit()).isZero();
        assertThat(r.codes()).contains("INTERACTION_BENZODIAZEPINE", "INTERACTION_OPIOID", "UNKNOWN_MEDICATION");
        assertThat(r.json().get("patient").get("medications").toString()).contains("foobarin");
    }

    @Test
    @DisplayName("Done 4: a hand-written plan from 60 mg/day to 0 in one day → ABRUPT_STOP (CRITICAL), exit 3")
    void doneAbruptStop() throws IOException {
        Path plan = dir.resolve("stop.json");
        Files.writeString(plan, """
                {"steps": [
                  {"startDate": "2025-03-01", "endDate": "2025-03-01", "dailyMg": 60},
                  {"startDate": "2025-03-02", "dailyMg": 0}
                ]}
                """);
        Run r = run("check", "--regimen", plan.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.severity("ABRUPT_STOP")).isEqualTo("CRITICAL");
        Run text = run(args(MAN, "check", "--regimen", plan.toString()));
        assertThat(text.exit()).isEqualTo(3);
        assertThat(text.out()).contains("CRITICAL (1)", "ABRUPT_STOP");
        Path twoDays = dir.resolve("two-days.json");
        Files.writeString(twoDays, """
                {"steps": [
                  {"startDate": "2025-03-01", "endDate": "2025-03-01", "dailyMg": 60},
                  {"startDate": "2025-03-02", "endDate": "2025-03-02", "dailyMg": 15},
                  {"startDate": "2025-03-03", "dailyMg": 0}
                ]}
                """);
        Run two = run(args(MAN, "check", "--regimen", twoDays.toString(), "--format", "json"));
        assertThat(two.exit()).as("issue 9 done: 60 → 15 → 0 in two days").isEqualTo(3);
        assertThat(two.severity("ABRUPT_STOP")).isEqualTo("CRITICAL");
    }

    @Test
    @DisplayName("--out writes the JSON plan that check --regimen reads back (with its patient); no temp file left")
    void roundTrip() throws IOException {
        Path out = dir.resolve("plan.json");
        Run planned = run(args(WOMAN, "plan", "titrate", "--target-mg-day", "30", "--start-date", "2025-03-01", "--out",
                out.toString()));
        assertThat(planned.exit()).as(planned.err()).isZero();
        assertThat(planned.out()).contains("Plan written to");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("plan.json");
        }
        Run checked = run("check", "--regimen", out.toString(), "--format", "json");
        assertThat(checked.exit()).as(checked.err()).isZero();
        assertThat(checked.json().get("renalBand").stringValue()).isEqualTo("MODERATE");
        assertThat(checked.json().get("steps")).isEqualTo(Json.MAPPER.readTree(Files.readString(out)).get("steps"));
        assertThat(checked.codes()).contains("RENAL_MODERATE").doesNotContain("CONTEXT_MISSING");
        // a patient typed on the command line replaces the saved one
        Run asMan = run(args(MAN, "check", "--regimen", out.toString(), "--format", "json"));
        assertThat(asMan.json().get("renalBand").stringValue()).isEqualTo("NORMAL");
    }

    @Test
    @DisplayName("a taper plan with a serious adverse reaction may stop at any pace: no ABRUPT_STOP, the withdrawal"
            + " signs as INFO, exit 0")
    void seriousAdverseReaction() {
        Run r = run(args(MAN, "plan", "taper", "--from-mg-day", "60", "--reason", "serious-adverse-reaction",
                "--step-mg", "20", "--format", "json"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.severity("ABRUPT_STOP")).isNull();
        assertThat(r.severity("WITHDRAWAL_SIGNS")).isEqualTo("INFO");
        Run routine = run(args(MAN, "plan", "taper", "--from-mg-day", "60", "--step-mg", "20", "--format", "json"));
        assertThat(routine.exit()).isEqualTo(3);
    }

    @Test
    @DisplayName("text output: steps table, dose times, product amounts, dispense totals, findings by severity")
    void text() {
        Run r = run(args(WOMAN, "plan", "titrate", "--target-mg-day", "60", "--start-date", "2025-03-01", "--product",
                "solution-1mg-ml"));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Steps", "2025-03-01  2025-03-07",
                "2.5 mg (2.5 mL of 1 mg/mL) at 08:00, 14:00," + " 20:00", "Dispense for the whole plan",
                "mL of 1 mg/mL", "Why this plan", "WARNING (", "INFO (", "LIQUID_CONCENTRATION", "CrCl 34.4 mL/min");
        assertThat(r.out().indexOf("WARNING (")).isLessThan(r.out().indexOf("INFO ("));
    }

    @Test
    @DisplayName("an override is recorded in the plan and shown; without it an off-label plan exits 3")
    void override() {
        Run without = run(
                args(MAN, "plan", "titrate", "--target-mg-day", "30", "--indication", "alcohol-use-disorder"));
        assertThat(without.exit()).isEqualTo(3);
        Run with = run(args(MAN, "plan", "titrate", "--target-mg-day", "30", "--indication", "alcohol-use-disorder",
                "--override", "AUD clinic protocol", "--format", "json"));
        assertThat(with.exit()).isZero();
        assertThat(with.json().get("override").stringValue()).isEqualTo("AUD clinic protocol");
        assertThat(with.severity("OFF_LABEL_INDICATION")).isEqualTo("WARNING");
    }

    @Test
    @DisplayName("baclo crcl shows the value, the inputs and the band")
    void crcl() {
        Run r = run("crcl", "--age", "72", "--sex", "female", "--weight-kg", "60", "--creatinine-mg-dl", "1.4");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("34.4 mL/min", "(140 − 72 years) × 60 kg (actual weight; no height given",
                "/ (72 × 1.4 mg/dL) × 0.85", "MODERATE");
        assertThat(run("crcl", "--age", "45", "--sex", "male", "--weight-kg", "80", "--creatinine-mg-dl", "1.0",
                "--height-cm", "180")
            .out()).contains("75 kg (ideal body weight");
        Run json = run("crcl", "--age", "45", "--sex", "male", "--weight-kg", "80", "--creatinine-umol-l", "88.4",
                "--format", "json");
        assertThat(json.json().get("crclMlPerMin").decimalValue()).isEqualByComparingTo("105.5");
        assertThat(json.json().get("inputs").get("creatinineUmolL").decimalValue()).isEqualByComparingTo("88.4");
        assertThat(run("crcl", "--age", "45", "--sex", "male", "--weight-kg", "80").exit()).isEqualTo(2);
    }

    @Test
    @DisplayName("--list-indications and --list-conditions print them")
    void lists() {
        Run r = run("plan", "titrate", "--list-indications", "--list-conditions");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ms-spasticity", "alcohol-use-disorder", "off-label", "epilepsy",
                "respiratory-disease");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(Arguments.of(List.of("--weight-kg", "1"), "--weight-kg: must be between 2 and 400 kg"),
                Arguments.of(List.of("--weight-kg", "401"), "--weight-kg: must be between 2 and 400 kg"),
                Arguments.of(List.of("--age", "121"), "--age: must be a whole number of years from 0 to 120"),
                Arguments.of(List.of("--age", "-1"), "--age: must be a whole number of years from 0 to 120"),
                Arguments.of(List.of("--creatinine-mg-dl", "0"), "--creatinine-mg-dl: must be greater than 0"),
                Arguments.of(List.of("--creatinine-mg-dl", "-1"), "--creatinine-mg-dl: must be greater than 0"),
                Arguments.of(List.of("--target-mg-day", "0"), "--target-mg-day: must be greater than 0"),
                Arguments.of(List.of("--target-mg-day", "-5"), "--target-mg-day: must be greater than 0"),
                Arguments.of(List.of("--target-mg-day", "52"), "--target-mg-day: 52 mg/day cannot be split"),
                Arguments.of(List.of("--frequency", "XID"),
                        "--frequency: unknown frequency 'XID'; allowed: BID," + " TID, QID"),
                Arguments.of(List.of("--product", "pill"), "--product: unknown product 'pill'; allowed: tablet,"),
                Arguments.of(List.of("--indication", "gout"), "--indication: unknown indication 'gout'; known:"),
                Arguments.of(List.of("--condition", "gout"), "--condition: unknown condition 'gout'"),
                Arguments.of(List.of("--start-date", "2025-02-30"),
                        "--start-date: '2025-02-30' is not a date; use" + " YYYY-MM-DD"),
                Arguments.of(List.of("--sex", "x"), "--sex: must be male or female"),
                Arguments.of(List.of("--time-zone", "Mars/Base"), "--time-zone: unknown time zone"),
                Arguments.of(List.of("--dose-times", "08:00,25:00,20:00"), "--dose-times: '25:00' is not a time"),
                Arguments.of(List.of("--step-mg", "3"), "--step-mg: 3 mg is not a whole number"),
                Arguments.of(List.of("--weight-kg", "abc"), "--weight-kg"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("badInputs")
    void badInput(List<String> change, String message) {
        List<String> a = new ArrayList<>(List.of("plan", "titrate", "--age", "45", "--sex", "male", "--weight-kg", "80",
                "--creatinine-mg-dl", "1.0", "--target-mg-day", "30"));
        for (int i = 0; i < change.size(); i += 2) {
            int at = a.indexOf(change.get(i));
            if (at >= 0) {
                a.set(at + 1, change.get(i + 1));
            }
            else {
                a.add(change.get(i));
                a.add(change.get(i + 1));
            }
        }
        Path out = dir.resolve("never.json");
        a.add("--out");
        a.add(out.toString());
        Run r = run(a.toArray(String[]::new));
        assertThat(r.exit()).as(r.out()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.err().lines().filter(l -> l.startsWith("baclo:")).count()).isEqualTo(1);
        assertThat(out).doesNotExist();
        assertThat(r.out()).isEmpty();
    }

    @Test
    @DisplayName("missing kidney function, missing target, --out to a missing directory: exit 2")
    void missing() {
        Run noKidney = run("plan", "titrate", "--age", "45", "--sex", "male", "--weight-kg", "80", "--target-mg-day",
                "30");
        assertThat(noKidney.exit()).isEqualTo(2);
        assertThat(noKidney.err()).contains("--creatinine-mg-dl, --creatinine-umol-l or --crcl-ml-min");
        assertThat(run(MAN).exit()).isEqualTo(2);
        Run noTarget = run(args(MAN, "plan", "titrate"));
        assertThat(noTarget.err()).contains("--target-mg-day: is required");
        Run badDir = run(args(MAN, "plan", "titrate", "--target-mg-day", "30", "--out",
                dir.resolve("no/such/dir/plan.json").toString()));
        assertThat(badDir.exit()).isEqualTo(2);
        assertThat(badDir.err()).contains("--out:");
        Run taper = run(args(MAN, "plan", "taper", "--from-mg-day", "30", "--to-mg-day", "45"));
        assertThat(taper.err()).contains("--to-mg-day: must be below");
        Run reason = run(args(MAN, "plan", "taper", "--from-mg-day", "30", "--reason", "boredom"));
        assertThat(reason.err()).contains(
                "--reason: unknown reason 'boredom'; allowed: routine, no-benefit," + " serious-adverse-reaction");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(Arguments.of("{\"steps\": [", "is not valid JSON"),
                Arguments.of("[]", "must hold a JSON object"), Arguments.of("{}", "steps: is required"),
                Arguments.of(
                        "{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 30},"
                                + " {\"startDate\": \"2025-03-04\", \"dailyMg\": \"45\"}]}",
                        "steps[1].dailyMg: must be a number of mg"),
                Arguments.of("{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 30},"
                        + " {\"startDate\": \"2025-03-04\"}]}", "steps[1].dailyMg: must be a number of mg"),
                Arguments.of("{\"steps\": [{\"startDate\": \"01/03/2025\", \"dailyMg\": 30}]}",
                        "steps[0].startDate: '01/03/2025' is not a date; use YYYY-MM-DD"),
                Arguments.of("{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 30, \"dose\": []}]}",
                        "steps[0].dose: unknown field"),
                Arguments.of(
                        "{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 12, \"doses\":"
                                + " [{\"time\": \"08:00\", \"mg\": 12}]}]}",
                        "steps[0].doses[0].mg: 12 mg cannot be made"
                                + " exactly from tablet (5, 10, 20 mg; halves of scored tablets); nearest possible doses:"
                                + " 10 mg, 12.5 mg"),
                Arguments.of("{\"product\": \"pill\", \"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 15}]}",
                        "product: unknown product 'pill'"),
                Arguments.of("{\"patient\": {\"ageYears\": 45, \"sex\": \"male\", \"weightKg\": 500,"
                        + " \"creatinineMgDl\": 1}, \"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 15}]}",
                        "patient.weightKg: must be between 2 and 400 kg"),
                Arguments.of("{\"steps\": [{\"startDate\": \"2025-03-01\", \"dailyMg\": 15}], \"steps\": []}",
                        "bad.json: steps: duplicate key (line 1, column 64)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFiles")
    void badPlanFile(String content, String message) throws IOException {
        Path plan = dir.resolve("bad.json");
        Files.writeString(plan, content);
        Run r = run("check", "--regimen", plan.toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    @DisplayName("check without --regimen, or with a file that does not exist: exit 2")
    void checkMissingFile() {
        assertThat(run("check").err()).contains("--regimen: is required");
        assertThat(run("check", "--regimen", dir.resolve("nope.json").toString()).err()).contains("not found");
    }

}
