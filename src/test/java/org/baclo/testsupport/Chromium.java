package org.baclo.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Launches the system's Chromium through Playwright; Playwright never downloads a
 * browser.
 *
 * <p>
 * The browser is {@code /usr/bin/chromium} (Debian packages {@code chromium},
 * {@code chromium-driver}) or the file named by the environment variable
 * {@code BACLO_CHROMIUM}. Without it, browser tests are skipped with a message, except in
 * CI (environment variable {@code CI} set), where they fail: CI must never skip them
 * silently.
 */
public final class Chromium {

    public static final String ENV = "BACLO_CHROMIUM";

    public static final Path DEFAULT = Path.of("/usr/bin/chromium");

    /**
     * Headless, and quiet: without the networking flags Chromium floods the log with
     * refused connections.
     */
    public static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    /**
     * The configured Chromium: {@code BACLO_CHROMIUM}, else {@code /usr/bin/chromium};
     * may not exist.
     */
    public static Path configured() {
        String configured = System.getenv(ENV);
        return configured == null || configured.isBlank() ? DEFAULT : Path.of(configured);
    }

    /** Why there is no usable Chromium, or null when there is one. */
    static String missingReason() {
        Path exe = configured();
        if (Files.isExecutable(exe)) {
            return null;
        }
        return "No Chromium at " + exe
                + (System.getenv(ENV) == null ? " (set " + ENV + " to use another)" : " (from " + ENV + ")")
                + ". Install it with: apt-get install -y chromium chromium-driver" + " fonts-dejavu-core";
    }

    /**
     * The Chromium executable to use; fails (in CI) or skips the calling test when there
     * is none.
     */
    public static Path executableOrSkip() {
        String why = missingReason();
        if (why != null) {
            if (TestPaths.inCi()) {
                throw new IllegalStateException("Browser tests cannot run in CI: " + why);
            }
            Assumptions.abort("Browser tests skipped: " + why);
        }
        return configured();
    }

    /**
     * Disables a browser test class, with the reason, when there is no Chromium, except
     * in CI, where the class runs and fails in {@link #executableOrSkip()}.
     */
    public static final class Required implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String why = missingReason();
            if (why == null || TestPaths.inCi()) {
                return ConditionEvaluationResult.enabled("Chromium at " + configured() + " (or CI: must run)");
            }
            if (context.getTestMethod().isEmpty()) {
                System.err.println("[WARNING] Browser tests skipped in " + context.getDisplayName() + ": " + why);
            }
            return ConditionEvaluationResult.disabled("Browser tests skipped: " + why);
        }

    }

    /**
     * Starts Playwright's driver (with downloads switched off and its temporary files,
     * among them each browser's fresh profile directory, under
     * {@code target/playwright-tmp}).
     */
    public static Playwright playwright() {
        Path target = TestPaths.target();
        Path tmp = target.resolve("playwright-tmp");
        try {
            Files.createDirectories(tmp);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PLAYWRIGHT_BROWSERS_PATH", target.resolve("playwright-browsers").toString(),
                // Playwright gives every launched browser a fresh --user-data-dir under
                // the driver's TMPDIR
                "TMPDIR", tmp.toString())));
    }

    /** Launches headless Chromium with the project's flags and a fresh profile. */
    public static Browser launch(Playwright playwright, Path executable) {
        return playwright.chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(FLAGS));
    }

}
