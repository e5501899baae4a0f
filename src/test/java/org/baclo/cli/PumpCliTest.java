package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The {@code baclo pump} contract (issue 12): fields, exit codes, fields named on bad
 * input.
 */
class PumpCliTest {

    @Test
    @DisplayName("refill: 20 mL pump, 18 mL of 500 mcg/mL at 400 mcg/day on 2026-11-01 → 0.8 mL/day, alarm 11-21,"
            + " due 11-14")
    void refill() {
        CliRun r = CliRun.of("pump", "refill", "--reservoir-ml", "20", "--volume-ml", "18", "--concentration-mcg-ml",
                "500", "--dose-mcg-day", "400", "--filled", "2026-11-01", "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.get("dailyVolumeMl").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(doc.get("alarmDate").stringValue()).isEqualTo("2026-11-21");
        assertThat(doc.get("emptyDate").stringValue()).isEqualTo("2026-11-23");
        assertThat(doc.get("stabilityLimitDate").stringValue()).isEqualTo("2027-04-30");
        assertThat(doc.get("refillDueDate").stringValue()).isEqualTo("2026-11-14");
        assertThat(doc.get("findings")).isEmpty();
        assertThat(r.out()).contains("\"dailyVolumeMl\" : 0.8");
        CliRun text = CliRun.of("pump", "refill", "--reservoir-ml", "20", "--volume-ml", "18", "--concentration-mcg-ml",
                "750", "--dose-mcg-day", "400", "--filled", "2026-11-01", "--buffer-days", "3");
        assertThat(text.out()).contains("Refill due:          2026-11-28").contains("ITB_CONCENTRATION_UNLISTED");
    }

    @Test
    @DisplayName("refill: a volume above the reservoir, a zero dose, a concentration in mg/mL → exit 2 naming the"
            + " option")
    void refillBadInput() {
        assertThat(CliRun
            .of("pump", "refill", "--reservoir-ml", "20", "--volume-ml", "25", "--concentration-mcg-ml", "500",
                    "--dose-mcg-day", "400", "--filled", "2026-11-01")
            .err()).contains("--volume-ml: 25 mL is more than the reservoir holds");
        CliRun zero = CliRun.of("pump", "refill", "--reservoir-ml", "20", "--volume-ml", "18", "--concentration-mcg-ml",
                "500", "--dose-mcg-day", "0", "--filled", "2026-11-01");
        assertThat(zero.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(zero.err()).contains("--dose-mcg-day: must be above 0");
        CliRun mg = CliRun.of("pump", "refill", "--reservoir-ml", "20", "--volume-ml", "18", "--concentration-mcg-ml",
                "0.5", "--dose-mcg-day", "400", "--filled", "2026-11-01");
        assertThat(mg.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(mg.err()).contains("--concentration-mcg-ml: 0.5 looks like mg/mL; did you mean 500 mcg/mL?");
        assertThat(CliRun
            .of("pump", "refill", "--reservoir-ml", "20", "--volume-ml", "18", "--concentration-mcg-ml", "500",
                    "--dose-mcg-day", "400", "--filled", "1/11/2026")
            .err()).contains("--filled:");
    }

    @Test
    @DisplayName("check-dose: +40% in 24 h (spinal) → ITB_TITRATION_TOO_FAST; +20% accepted; origin checked")
    void checkDose() {
        CliRun fast = CliRun.of("pump", "check-dose", "--current-mcg-day", "400", "--proposed-mcg-day", "560",
                "--origin", "spinal", "--format", "json");
        assertThat(fast.exit()).isEqualTo(ExitCode.OK);
        JsonNode doc = Json.MAPPER.readTree(fast.out());
        assertThat(doc.get("findings").get(0).get("code").stringValue()).isEqualTo("ITB_TITRATION_TOO_FAST");
        CliRun ok = CliRun.of("pump", "check-dose", "--current-mcg-day", "400", "--proposed-mcg-day", "480", "--origin",
                "spinal", "--format", "json");
        assertThat(Json.MAPPER.readTree(ok.out()).get("findings")).isEmpty();
        assertThat(CliRun
            .of("pump", "check-dose", "--current-mcg-day", "400", "--proposed-mcg-day", "560", "--origin", "spinal",
                    "--at-refill")
            .out()).contains("No findings.");
        CliRun bad = CliRun.of("pump", "check-dose", "--current-mcg-day", "400", "--proposed-mcg-day", "480",
                "--origin", "lumbar");
        assertThat(bad.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("--origin");
        assertThat(CliRun
            .of("pump", "check-dose", "--current-mcg-day", "400", "--proposed-mcg-day", "300", "--origin", "cerebral",
                    "--reason", "side-effects", "--med", "epidural morphine")
            .out()).contains("ITB_TITRATION_TOO_FAST").contains("INTERACTION_ITB_EPIDURAL_MORPHINE");
    }

    @Test
    @DisplayName("screening (BACLOFEN.md §10): 50 none, 75 positive for 6 h → candidate, start at 150 mcg/day (twice"
            + " the bolus); 10 h effect → the same dose; no response to 100 → not a candidate")
    void screening() {
        CliRun twice = CliRun.of("pump", "screening", "--bolus-mcg", "50:none", "--bolus-mcg", "75:positive:6h",
                "--format", "json");
        assertThat(twice.exit()).isEqualTo(ExitCode.OK);
        JsonNode doc = Json.MAPPER.readTree(twice.out());
        assertThat(doc.get("verdict").stringValue()).isEqualTo("candidate");
        assertThat(doc.get("suggestedStartMcgDay").decimalValue()).isEqualByComparingTo("150");
        assertThat(doc.get("source").stringValue()).isEqualTo("LBL-ITB");
        assertThat(doc.get("boluses").get(1).get("effectHours").decimalValue()).isEqualByComparingTo("6");
        assertThat(doc.get("boluses").get(0).get("response").stringValue()).isEqualTo("none");

        CliRun same = CliRun.of("pump", "screening", "--bolus-mcg", "50:positive:10h30m");
        assertThat(same.exit()).isEqualTo(ExitCode.OK);
        assertThat(same.out()).contains("Verdict: candidate")
            .contains("Suggested starting pump dose: 50 mcg/day")
            .contains("LBL-ITB");

        CliRun none = CliRun.of("pump", "screening", "--bolus-mcg", "50:none", "--bolus-mcg", "75:none", "--bolus-mcg",
                "100:none", "--format", "json");
        JsonNode no = Json.MAPPER.readTree(none.out());
        assertThat(no.get("verdict").stringValue()).isEqualTo("not-a-candidate");
        assertThat(no.get("suggestedStartMcgDay").isNull()).isTrue();

        JsonNode next = Json.MAPPER
            .readTree(CliRun.of("pump", "screening", "--bolus-mcg", "50:none", "--format", "json").out());
        assertThat(next.get("verdict").stringValue()).isEqualTo("continue");
        assertThat(next.get("nextBolusMcg").decimalValue()).isEqualByComparingTo("75");
    }

    @Test
    @DisplayName("screening: a bolus out of sequence, a bad response, a duration with no response, a bolus after a"
            + " response → exit 2 naming --bolus-mcg")
    void screeningBadInput() {
        CliRun order = CliRun.of("pump", "screening", "--bolus-mcg", "75:none");
        assertThat(order.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(order.err()).contains("--bolus-mcg: the trial's bolus 1 is 50 mcg, not 75 mcg");
        assertThat(order.out()).isEmpty();
        CliRun word = CliRun.of("pump", "screening", "--bolus-mcg", "50:yes");
        assertThat(word.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(word.err()).contains("--bolus-mcg: '50:yes'");
        assertThat(CliRun.of("pump", "screening", "--bolus-mcg", "50:none:6h").err())
            .contains("a duration only goes with a positive response");
        assertThat(CliRun.of("pump", "screening", "--bolus-mcg", "50:positive:", "--bolus-mcg", "75:none").exit())
            .isEqualTo(ExitCode.BAD_INPUT);
        CliRun after = CliRun.of("pump", "screening", "--bolus-mcg", "50:positive:4h", "--bolus-mcg", "75:none");
        assertThat(after.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(after.err()).contains("--bolus-mcg: the trial ended with the adequate response to bolus 1");
    }

}
