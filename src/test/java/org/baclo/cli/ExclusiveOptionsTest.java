package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10 item 6: options that exclude each other are picocli argument groups; giving
 * two is a usage error (exit 2, a message naming both, nothing printed on standard
 * output).
 */
class ExclusiveOptionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = {
                    "crcl --age 60 --sex female --weight-kg 70 --creatinine-mg-dl 0.9 --creatinine-umol-l 80"
                            + "|--creatinine-mg-dl|--creatinine-umol-l",
                    "plan titrate --target-mg-day 30 --current-mg-day 15 --from-regimen plan.json --age 45 --sex male"
                            + " --weight-kg 80 --creatinine-mg-dl 1.0|--current-mg-day|--from-regimen",
                    "plan taper --from-mg-day 30 --from-regimen plan.json --age 45 --sex male --weight-kg 80"
                            + " --creatinine-mg-dl 1.0|--from-mg-day|--from-regimen",
                    "simulate --single-dose-mg 10 --regimen plan.json|--single-dose-mg|--regimen",
                    "simulate --regimen plan.json --dose-mg 5 --every-h 8 --days 2|--regimen|--dose-mg" })
    void two_exclusive_options_are_a_usage_error(String args, String first, String second) {
        CliRun r = CliRun.of(args.split(" "));
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("mutually exclusive").contains(first).contains(second);
        assertThat(r.out()).isEmpty();
    }

}
