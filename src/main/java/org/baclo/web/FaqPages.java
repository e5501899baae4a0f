package org.baclo.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baclo.app.NotFoundException;
import org.baclo.education.Topics;
import org.baclo.knowledge.FaqEntry;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Source;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public questions and answers (issue 14, item 7): an index with a table of contents
 * and one page per topic, each answer with its sources by title and link, and how well it
 * is supported in plain words. The old single page /learn/faq redirects to the index.
 */
@Controller
class FaqPages {

    static final String INDEX = "/learn/questions";

    private final Knowledge knowledge;

    FaqPages(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The questions of one topic. */
    public record FaqTopic(String id, String heading, List<FaqEntry> questions) {
    }

    /** A source as a reader sees it: its title and, when there is one, a link. */
    public record SourceLink(String key, String title, String url) {
    }

    private Map<String, FaqTopic> topics() {
        Map<String, List<FaqEntry>> byTopic = new LinkedHashMap<>();
        for (FaqEntry f : knowledge.faq()) {
            byTopic.computeIfAbsent(f.topic(), x -> new ArrayList<>()).add(f);
        }
        Map<String, FaqTopic> out = new LinkedHashMap<>();
        byTopic.forEach((id, qs) -> out.put(id, new FaqTopic(id, Topics.faqHeading(id), List.copyOf(qs))));
        return out;
    }

    @GetMapping("/learn/faq")
    RedirectView oldFaq() {
        RedirectView v = new RedirectView(INDEX, true);
        v.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return v;
    }

    @GetMapping(INDEX)
    String index(Model model) {
        model.addAttribute("topics", topics().values());
        return "learn/questions";
    }

    @GetMapping(INDEX + "/{id}")
    String topic(@PathVariable String id, Model model) {
        FaqTopic t = topics().get(id);
        if (t == null) {
            throw new NotFoundException("No questions on " + id + ".");
        }
        Set<String> keys = new LinkedHashSet<>();
        t.questions().forEach(q -> keys.addAll(q.source()));
        Map<String, SourceLink> links = new LinkedHashMap<>();
        keys.forEach(k -> links.put(k, link(knowledge.sources().get(k), k)));
        model.addAttribute("topic", t);
        model.addAttribute("sources", links);
        model.addAttribute("others", topics().values().stream().filter(o -> !o.id().equals(id)).toList());
        return "learn/question-topic";
    }

    @GetMapping("/learn/sources")
    String sources(Model model) {
        model.addAttribute("sources", knowledge.sources().values().stream().map(s -> link(s, s.key())).toList());
        return "learn/sources";
    }

    /**
     * The title and link of a source: its own link, else a PubMed search for its citation
     * (papers and reviews); Baclo's own assumption and the seed articles are described,
     * not linked.
     */
    static SourceLink link(Source s, String key) {
        if (s == null) {
            return new SourceLink(key, key, null);
        }
        String title = new PageFormat().citation(key, s.citation());
        if ("BACLO-A".equals(key)) {
            return new SourceLink(key, title, null);
        }
        if ("SEEDS".equals(key)) {
            return new SourceLink(key, "Articles about baclofen written for the public, which Baclo checks against"
                    + " the label and papers; never the only basis of an answer.", null);
        }
        String url = s.url();
        if (url == null && s.citation() != null) {
            url = "https://pubmed.ncbi.nlm.nih.gov/?term=" + URLEncoder.encode(s.citation(), StandardCharsets.UTF_8);
        }
        return new SourceLink(key, title, url);
    }

}
