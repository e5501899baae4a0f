package org.baclo.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * Numbers, dates and finding texts as the pages show them (issue 14, item 4), used from
 * templates as {@code ${@fmt.num(x)}}: no "80.00 kg" or "88.000 µmol/L", no ISO dates, no
 * "why" that repeats the message.
 */
@Component("fmt")
public class PageFormat {

    /** A stored quantity without trailing zeros: 80.00 → "80", 1.40 → "1.4". */
    public String num(BigDecimal x) {
        return x == null ? "—" : x.stripTrailingZeros().toPlainString();
    }

    /**
     * A quantity to at most {@code places} decimals, without trailing zeros: 34.44 →
     * "34.4".
     */
    public String num(BigDecimal x, int places) {
        return x == null ? "—" : num(x.setScale(places, RoundingMode.HALF_UP));
    }

    /** An ISO date ("2026-12-07") as "Mon 7 Dec 2026"; any other text unchanged. */
    public String day(String iso) {
        if (iso == null) {
            return "—";
        }
        try {
            return Dates.day(LocalDate.parse(iso));
        }
        catch (DateTimeParseException e) {
            return iso;
        }
    }

    public String day(LocalDate d) {
        return Dates.day(d);
    }

    /** An instant in UTC to the second, in words: "Mon 7 Dec 2026, 11:04:20 UTC". */
    public String utc(java.time.Instant t) {
        return t == null ? "—" : UTC.format(t.atZone(java.time.ZoneOffset.UTC));
    }

    private static final java.time.format.DateTimeFormatter UTC = java.time.format.DateTimeFormatter
        .ofPattern("EEE d MMM yyyy, HH:mm:ss 'UTC'", java.util.Locale.ENGLISH);

    /**
     * How sure a public entry is, in plain words (issue 14, item 7): never the internal
     * key or its wording, and an entry that rests partly on Baclo's own assumption
     * (source BACLO-A) never reads as checked in a label or paper.
     */
    public String confidence(java.util.List<String> sources, org.baclo.knowledge.Confidence c) {
        boolean assumed = sources != null && sources.contains("BACLO-A");
        if (c == org.baclo.knowledge.Confidence.A
                || assumed && c != org.baclo.knowledge.Confidence.A && sources.size() == 1) {
            return ASSUMPTION;
        }
        String words = switch (c) {
            case V -> "Checked in the product label or a published study";
            case S -> "From a reference summary, not the label itself";
            case U -> "Not checked: for information only";
            case A -> ASSUMPTION;
        };
        return assumed ? words + "; part of it is Baclo's own assumption" : words;
    }

    static final String ASSUMPTION = "Baclo's own assumption, where the sources give no number";

    /**
     * A source's citation for the public: Baclo's own assumption is described, not its
     * internal record.
     */
    public String citation(String key, String citation) {
        return "BACLO-A".equals(key) ? "Baclo's own assumption, used where the label and papers give no number;"
                + " check it against your local practice." : citation;
    }

    /**
     * Whether a finding's "why" adds to its message: not blank and not (a part of) the
     * message itself.
     */
    public boolean adds(String message, String why) {
        if (why == null || why.isBlank()) {
            return false;
        }
        String m = normal(message);
        String w = normal(why);
        return !m.contains(w) && !w.equals(m);
    }

    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

}
