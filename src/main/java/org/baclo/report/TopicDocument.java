package org.baclo.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.baclo.education.Entry;
import org.baclo.education.EntryFacts;
import org.baclo.education.Section;
import org.baclo.education.Topic;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Source;

/**
 * The JSON of an education topic, written by {@code baclo info --format json} and
 * {@code GET /api/v1/knowledge/topics/{id}} (a contract: field names are kept; fields may
 * be added).
 */
public record TopicDocument(String topic, String title, String summary, List<SectionDoc> sections,
        List<SourceDoc> sources, String notice) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionDoc(String heading, String intro, List<EntryDoc> entries) {
    }

    /**
     * One entry: its text, its machine-readable facts (only those it has), its sources
     * and confidence.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryDoc(String label, String value, String text, String id, String atc, String status, String band,
            String severity, BigDecimal frequencyMinPercent, BigDecimal frequencyMaxPercent, List<String> signs,
            String findingCode, String effect, List<String> substances, String model, String form, List<String> source,
            String confidence) {
    }

    public record SourceDoc(String key, String citation) {
    }

    public static TopicDocument of(Topic t, Knowledge k) {
        List<SectionDoc> sections = t.sections().stream().map(TopicDocument::section).toList();
        List<SourceDoc> sources = t.sourceKeys()
            .stream()
            .map(key -> new SourceDoc(key, k.source(key).map(Source::citation).orElse("?")))
            .toList();
        return new TopicDocument(t.id(), t.title(), t.summary(), sections, sources, Notice.TEXT);
    }

    private static SectionDoc section(Section s) {
        return new SectionDoc(s.heading(), s.intro(), s.entries().stream().map(TopicDocument::entry).toList());
    }

    private static EntryDoc entry(Entry e) {
        EntryFacts f = e.facts();
        return new EntryDoc(e.label(), e.value(), e.text(), f.id(), f.atc(), f.status(), f.band(), f.severity(),
                f.frequencyMinPercent() == null ? null : plain(f.frequencyMinPercent()),
                f.frequencyMaxPercent() == null ? null : plain(f.frequencyMaxPercent()), f.signs(), f.findingCode(),
                f.effect(), f.substances(), f.model(), f.form(), e.source(), e.confidence().name());
    }

    private static BigDecimal plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
