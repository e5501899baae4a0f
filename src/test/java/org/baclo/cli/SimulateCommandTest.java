package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SimulateCommandTest {

    @TempDir
    Path dir;

    private static Path plan() throws URISyntaxException {
        return Path.of(SimulateCommandTest.class.getResource("/plans/titration.json").toURI());
    }

    private static JsonNode json(CliRun run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return Json.MAPPER.readTree(run.out());
    }

    @Test
    void single_dose_json_has_the_four_fields_for_the_default_adult() {
        JsonNode j = json(CliRun.of("simulate", "--single-dose-mg", "10", "--format", "json"));
        double k = 10.8 / 59;
        double tmax = Math.log(1.64 / k) / (1.64 - k);
        double cmax = 10.0 / 59 * 1000 * 1.64 / (1.64 - k) * (Math.exp(-k * tmax) - Math.exp(-1.64 * tmax));
        assertThat(j.get("cmaxNgPerMl").asDouble()).isCloseTo(cmax, within(1e-5 * cmax));
        assertThat(j.get("tmaxH").asDouble()).isCloseTo(tmax, within(1e-5 * tmax));
        assertThat(j.get("aucNgHPerMl").asDouble()).isCloseTo(10_000 / 10.8, within(1e-3));
        assertThat(j.get("halfLifeH").asDouble()).isCloseTo(Math.log(2) / k, within(1e-5));
        assertThat(j.get("parameterSet").get("id").asString()).isEqualTo("default-adult");
        assertThat(j.get("notice").asString())
            .isEqualTo("Baclo supports, and does not replace, a clinician's" + " judgement.");
    }

    @Test
    void renal_impairment_lowers_clearance_and_raises_exposure() {
        JsonNode j = json(CliRun.of("simulate", "--single-dose-mg", "10", "--crcl-ml-min", "30", "--format", "json"));
        double cl = 10.8 * ((1 - 0.77) + 0.77 * 0.3);
        assertThat(j.get("parameters").get("clearanceLPerH").asDouble()).isCloseTo(cl, within(1e-4));
        assertThat(j.get("aucRelativeToReference").asDouble()).isCloseTo(10.8 / cl, within(1e-4));
        assertThat(j.get("patient").get("crclSource").asString()).isEqualTo("input");
    }

    @Test
    void a_plan_gives_a_csv_a_daily_csv_and_a_labelled_svg() throws Exception {
        Path csv = dir.resolve("c.csv");
        Path svg = dir.resolve("c.svg");
        CliRun run = CliRun.of("simulate", "--regimen", plan().toString(), "--csv", csv.toString(), "--chart",
                svg.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("plan titration.json: 2 steps from 2025-03-28 to 2025-04-10 (Europe/Paris)")
            .contains("CrCl 45 mL/min (plan)");
        List<String> curve = Files.readAllLines(csv);
        assertThat(curve.get(0)).isEqualTo("time_h,concentration_ng_per_ml");
        assertThat(curve).hasSize(1 + 335 * 6); // 14 days less the hour lost to daylight
                                                // saving, 10-min grid
        List<String> daily = Files.readAllLines(dir.resolve("c-daily.csv"));
        assertThat(daily.get(0)).isEqualTo("day,cmax_ng_per_ml,cmin_ng_per_ml,auc_ng_h_per_ml");
        assertThat(daily).hasSize(1 + 14);
        String chart = Files.readString(svg);
        assertThat(chart).startsWith("<svg")
            .contains("Time (h)")
            .contains("Concentration (ng/mL)")
            .contains("<polyline")
            .contains("Baclo supports, and does not replace, a clinician&apos;s judgement.")
            .endsWith("</svg>\n");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("c.csv",
                "c-daily.csv", "c.svg");
    }

    @Test
    void a_plan_written_by_baclo_plan_is_simulated() throws IOException {
        Path plan = dir.resolve("p.json");
        CliRun planned = CliRun.of("plan", "titrate", "--age", "72", "--sex", "female", "--weight-kg", "60",
                "--creatinine-mg-dl", "1.4", "--target-mg-day", "30", "--start-date", "2025-03-20", "--time-zone",
                "Europe/Paris", "--out", plan.toString());
        assertThat(planned.exit()).as(planned.err()).isIn(0, 3);
        Path csv = dir.resolve("c.csv");
        Path svg = dir.resolve("c.svg");
        CliRun run = CliRun.of("simulate", "--regimen", plan.toString(), "--csv", csv.toString(), "--chart",
                svg.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("60 kg (plan)").contains("CrCl 34.4 mL/min (plan)");
        assertThat(Files.readAllLines(csv).size()).isGreaterThan(1000);
        assertThat(Files.readString(svg)).contains("Time (h)").contains("Concentration (ng/mL)");
    }

    @Test
    void a_population_chart_shows_the_band_and_the_csv_the_percentiles() throws IOException {
        Path csv = dir.resolve("p.csv");
        Path svg = dir.resolve("p.svg");
        CliRun run = CliRun.of("simulate", "--dose-mg", "10", "--every-h", "8", "--days", "3", "--population", "300",
                "--seed", "2", "--csv", csv.toString(), "--chart", svg.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(csv).get(0))
            .isEqualTo("time_h,concentration_ng_per_ml,p5_ng_per_ml,p50_ng_per_ml,p95_ng_per_ml");
        assertThat(Files.readAllLines(dir.resolve("p-daily.csv")).get(0)).contains("cmax_p5_ng_per_ml");
        assertThat(Files.readString(svg)).contains("<polygon").contains("5–95% of 300 virtual patients");
    }

    @Test
    void a_population_run_prints_percentiles_and_repeats_exactly() {
        String[] args = { "simulate", "--dose-mg", "20", "--every-h", "8", "--days", "28", "--population", "10000",
                "--seed", "1" };
        CliRun first = CliRun.of(args);
        CliRun second = CliRun.of(args);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("VIRTUAL POPULATION: 10000 patients, seed 1")
            .contains("Percentiles over patients: 5th / 50th / 95th")
            .contains("Last-day Cmax (ng/mL)");
        assertThat(second.out()).isEqualTo(first.out());
        CliRun oneThread = CliRun.of("simulate", "--dose-mg", "20", "--every-h", "8", "--days", "28", "--population",
                "10000", "--seed", "1", "--threads", "1");
        assertThat(oneThread.out()).isEqualTo(first.out());
    }

    @Test
    void single_dose_population_json_gives_percentiles_of_the_four_metrics() {
        JsonNode j = json(CliRun.of("simulate", "--single-dose-mg", "10", "--population", "500", "--seed", "3",
                "--format", "json"));
        JsonNode m = j.get("population").get("metrics");
        for (String f : new String[] { "cmaxNgPerMl", "tmaxH", "aucNgHPerMl", "halfLifeH" }) {
            assertThat(m.get(f).get("p5").asDouble()).isLessThan(m.get(f).get("p50").asDouble());
            assertThat(m.get(f).get("p50").asDouble()).isLessThan(m.get(f).get("p95").asDouble());
        }
        assertThat(j.get("cmaxNgPerMl").isNumber()).isTrue();
    }

    @Test
    void user_given_covariate_distributions_are_labelled_as_user_input() {
        JsonNode j = json(CliRun.of("simulate", "--dose-mg", "10", "--every-h", "8", "--days", "2", "--population",
                "200", "--weight-kg", "80", "--weight-kg-sd", "12", "--crcl-ml-min-sd", "15", "--format", "json"));
        JsonNode d = j.get("population").get("covariateDistributions");
        assertThat(d.get("weightKg").get("mean").asDouble()).isEqualTo(80);
        assertThat(d.get("weightKg").get("source").asString()).isEqualTo("user input");
        assertThat(d.get("crclMlPerMin").get("mean").asDouble()).isEqualTo(100);
    }

    @Test
    void bad_input_exits_2_with_a_message_and_writes_nothing() {
        Path csv = dir.resolve("bad.csv");
        String[][] cases = { { "simulate", "--single-dose-mg", "-5", "--csv", csv.toString() },
                { "simulate", "--dose-mg", "20", "--every-h", "0", "--days", "3", "--csv", csv.toString() },
                { "simulate", "--dose-mg", "20", "--every-h", "8", "--days", "3", "--population", "100001", "--csv",
                        csv.toString() },
                { "simulate", "--single-dose-mg", "10", "--parameters", "no-such-set", "--csv", csv.toString() },
                { "simulate", "--single-dose-mg", "10", "--parameters", "he-2014-pediatric" },
                { "simulate", "--single-dose-mg", "10", "--parameters", "chevillard-2018", "--population", "10" },
                { "simulate", "--single-dose-mg", "10", "--parameters", "marsot-2014", "--weight-kg", "60" },
                { "simulate", "--single-dose-mg", "10", "--weight-kg-sd", "10" },
                { "simulate", "--single-dose-mg", "10", "--weight-kg", "0" },
                { "simulate", "--single-dose-mg", "10", "--grid-min", "0" },
                { "simulate", "--dose-mg", "20", "--every-h", "8" },
                { "simulate", "--single-dose-mg", "10", "--dose-mg", "5" }, { "simulate", "--single-dose-mg", "abc" },
                { "simulate" }, };
        String[] messages = { "--single-dose-mg must be greater than 0 mg; got -5", "--every-h must be greater than 0",
                "--population must be between 1 and 100000", "Unknown parameter set 'no-such-set'. Sets: default-adult",
                "uses transit absorption", "records no inter-individual variability", "has no weight covariate",
                "--weight-kg-sd applies only with --population", "--weight-kg must be between 2 and 400 kg",
                "--grid-min must be greater than 0", "needs --dose-mg D, --every-h H and --days N",
                "mutually exclusive", "Invalid value", "Give exactly one of" };
        for (int i = 0; i < cases.length; i++) {
            CliRun run = CliRun.of(cases[i]);
            assertThat(run.exit()).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", cases[i])).contains(messages[i]);
            assertThat(run.out()).isEmpty();
        }
        assertThat(csv).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_covariate_from_the_plan_is_used_unless_overridden() throws Exception {
        JsonNode fromPlan = json(CliRun.of("simulate", "--regimen", plan().toString(), "--format", "json"));
        assertThat(fromPlan.get("patient").get("crclMlPerMin").asDouble()).isEqualTo(45);
        assertThat(fromPlan.get("patient").get("crclSource").asString()).isEqualTo("plan");
        assertThat(fromPlan.get("exposureRelativeToReference").get("aucRatio").asDouble()).isGreaterThan(1.5);
        assertThat(fromPlan.get("regimen").get("doses").asInt()).isEqualTo(42);
        assertThat(fromPlan.get("regimen").get("totalMg").asDouble()).isEqualTo(7 * 7.5 + 7 * 15);

        JsonNode flag = json(
                CliRun.of("simulate", "--regimen", plan().toString(), "--crcl-ml-min", "90", "--format", "json"));
        assertThat(flag.get("patient").get("crclSource").asString()).isEqualTo("input");

        JsonNode marsot = json(CliRun.of("simulate", "--regimen", plan().toString(), "--parameters", "marsot-2014",
                "--format", "json"));
        assertThat(marsot.get("notes").get(0).asString()).contains("The plan's CrCl (45 mL/min) is not applied");
    }

}
