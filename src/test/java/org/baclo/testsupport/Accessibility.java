package org.baclo.testsupport;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;

/**
 * Runs axe-core on the current page. Every violation is printed; {@code serious} and
 * {@code critical} ones fail the test, with the rule, the elements and what to fix.
 */
public final class Accessibility {

    /** Impacts that fail a test. */
    public static final Set<String> FAILING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /**
     * Checks the page; returns the full axe results (e.g. to assert on moderate findings
     * too).
     * @param where names the page in messages, e.g. the test and step
     * @param disabledRules axe rule ids to skip (say why where you call it)
     */
    public static AxeResults check(Page page, String where, String... disabledRules) {
        // Legacy mode runs axe.run() in the page in one call: about twice as fast as the
        // per-frame mode (which also
        // opens a blank page for every run). It does not look into cross-origin iframes;
        // the app has none.
        AxeBuilder axe = new AxeBuilder(page).setLegacyMode(true);
        if (disabledRules.length > 0) {
            axe.disableRules(List.of(disabledRules));
        }
        AxeResults results = axe.analyze();
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe could not run on " + page.url() + " (" + where + "): " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            System.out.println(report(violations, page.url(), where));
        }
        List<Rule> failing = violations.stream().filter(r -> FAILING.contains(r.getImpact())).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError(report(failing, page.url(), where));
        }
        return results;
    }

    /**
     * A readable list of violations: impact, rule, help link, and each element with what
     * to fix.
     */
    public static String report(List<Rule> violations, String url, String where) {
        StringBuilder s = new StringBuilder("axe: ").append(violations.size())
            .append(" accessibility violation")
            .append(violations.size() == 1 ? "" : "s")
            .append(" on ")
            .append(url)
            .append(" (")
            .append(where)
            .append("):");
        for (Rule r : violations) {
            s.append("\n  [")
                .append(r.getImpact())
                .append("] ")
                .append(r.getId())
                .append(" — ")
                .append(r.getHelp())
                .append("\n      ")
                .append(r.getHelpUrl());
            for (CheckedNode n : r.getNodes()) {
                s.append("\n      at ").append(n.getTarget()).append("  ").append(oneLine(n.getHtml(), 160));
                if (n.getFailureSummary() != null) {
                    s.append("\n         ").append(oneLine(n.getFailureSummary(), 400));
                }
            }
        }
        return s.toString();
    }

    private static String oneLine(String text, int max) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }

}
