package org.baclo.web;

import java.util.List;
import org.baclo.app.NotFoundException;
import org.baclo.education.Topic;
import org.baclo.education.Topics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: the home page and the education pages built from the knowledge base. */
@Controller
class LearnController {

    private final Topics topics;

    LearnController(Topics topics) {
        this.topics = topics;
    }

    private List<Topic> all() {
        return topics.ids().stream().map(id -> topics.topic(id).orElseThrow()).toList();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("topics", all());
        return "index";
    }

    @GetMapping("/learn")
    String learn(Model model) {
        model.addAttribute("topics", all());
        return "learn/index";
    }

    @GetMapping("/learn/{id}")
    String topic(@PathVariable String id, Model model) {
        // the questions have their own pages (FaqPages); /learn/faq redirects there
        Topic t = topics.topic(id).orElseThrow(() -> new NotFoundException("No such topic: " + id));
        model.addAttribute("topic", t);
        java.util.Map<String, FaqPages.SourceLink> links = new java.util.LinkedHashMap<>();
        t.sourceKeys().forEach(k -> links.put(k, FaqPages.link(topics.knowledge().sources().get(k), k)));
        model.addAttribute("sources", links);
        return "learn/topic";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

}
