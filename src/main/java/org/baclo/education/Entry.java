package org.baclo.education;

import java.math.BigDecimal;
import java.util.List;
import org.baclo.knowledge.Confidence;
import org.baclo.knowledge.Sourced;

/**
 * One line of a topic: a label (e.g. "dizziness"), an optional short value ("5–15%"), an
 * optional longer text, and where it comes from. {@code facts} holds machine-readable
 * extras (ids, codes) for JSON output.
 */
public record Entry(String label, String value, String text, List<String> source, Confidence confidence,
        EntryFacts facts) {
    public Entry {
        source = List.copyOf(source);
    }

    public static Entry of(String label, String value, String text, Sourced s) {
        return new Entry(label, value, text, s.source(), s.confidence(), EntryFacts.NONE);
    }

    private Entry with(EntryFacts f) {
        return new Entry(label, value, text, source, confidence, f);
    }

    public Entry withId(String v) {
        EntryFacts f = facts;
        return with(new EntryFacts(v, f.atc(), f.status(), f.band(), f.severity(), f.frequencyMinPercent(),
                f.frequencyMaxPercent(), f.signs(), f.findingCode(), f.effect(), f.substances(), f.model(), f.form()));
    }

    public Entry withAtc(String v) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), v, f.status(), f.band(), f.severity(), f.frequencyMinPercent(),
                f.frequencyMaxPercent(), f.signs(), f.findingCode(), f.effect(), f.substances(), f.model(), f.form()));
    }

    public Entry withStatus(String v) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), f.atc(), v, f.band(), f.severity(), f.frequencyMinPercent(),
                f.frequencyMaxPercent(), f.signs(), f.findingCode(), f.effect(), f.substances(), f.model(), f.form()));
    }

    public Entry withBand(String v) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), f.atc(), f.status(), v, f.severity(), f.frequencyMinPercent(),
                f.frequencyMaxPercent(), f.signs(), f.findingCode(), f.effect(), f.substances(), f.model(), f.form()));
    }

    public Entry withSeverity(String v) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), f.atc(), f.status(), f.band(), v, f.frequencyMinPercent(),
                f.frequencyMaxPercent(), f.signs(), f.findingCode(), f.effect(), f.substances(), f.model(), f.form()));
    }

    public Entry withFrequencyPercent(BigDecimal min, BigDecimal max) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), f.atc(), f.status(), f.band(), f.severity(), min, max, f.signs(),
                f.findingCode(), f.effect(), f.substances(), f.model(), f.form()));
    }

    public Entry withSigns(List<String> v) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), f.atc(), f.status(), f.band(), f.severity(), f.frequencyMinPercent(),
                f.frequencyMaxPercent(), v, f.findingCode(), f.effect(), f.substances(), f.model(), f.form()));
    }

    public Entry withFindingCode(String v) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), f.atc(), f.status(), f.band(), f.severity(), f.frequencyMinPercent(),
                f.frequencyMaxPercent(), f.signs(), v, f.effect(), f.substances(), f.model(), f.form()));
    }

    public Entry withEffect(String v) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), f.atc(), f.status(), f.band(), f.severity(), f.frequencyMinPercent(),
                f.frequencyMaxPercent(), f.signs(), f.findingCode(), v, f.substances(), f.model(), f.form()));
    }

    public Entry withSubstances(List<String> v) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), f.atc(), f.status(), f.band(), f.severity(), f.frequencyMinPercent(),
                f.frequencyMaxPercent(), f.signs(), f.findingCode(), f.effect(), v, f.model(), f.form()));
    }

    public Entry withModel(String v) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), f.atc(), f.status(), f.band(), f.severity(), f.frequencyMinPercent(),
                f.frequencyMaxPercent(), f.signs(), f.findingCode(), f.effect(), f.substances(), v, f.form()));
    }

    public Entry withForm(String v) {
        EntryFacts f = facts;
        return with(new EntryFacts(f.id(), f.atc(), f.status(), f.band(), f.severity(), f.frequencyMinPercent(),
                f.frequencyMaxPercent(), f.signs(), f.findingCode(), f.effect(), f.substances(), f.model(), v));
    }
}
