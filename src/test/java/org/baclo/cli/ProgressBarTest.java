package org.baclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void a_quick_run_prints_nothing() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "Simulating")) {
            bar.progress(50, 100);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void a_run_over_a_second_draws_a_bar_and_ends_it_at_100_percent() throws InterruptedException {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(err), "Simulating")) {
            bar.progress(25, 100);
            Thread.sleep(1400);
        }
        assertThat(err.toString()).contains("Simulating [########")
            .contains("25%")
            .endsWith("100%" + System.lineSeparator());
    }

}
