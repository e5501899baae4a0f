package org.baclo.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.baclo.app.NotFoundException;
import org.baclo.education.Topic;
import org.baclo.education.Topics;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.Substance;
import org.baclo.report.JsonText;
import org.baclo.report.TopicDocument;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/knowledge", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Knowledge", description = "The sourced baclofen monograph (public)")
class KnowledgeApi {

    private final Topics topics;

    private final Knowledge knowledge;

    KnowledgeApi(Topics topics, Knowledge knowledge) {
        this.topics = topics;
        this.knowledge = knowledge;
    }

    @GetMapping("/topics")
    @Operation(summary = "The monograph topic ids")
    List<String> topics() {
        return topics.ids();
    }

    @GetMapping("/topics/{id}")
    @Operation(summary = "One topic with its entries and sources (the same JSON as 'baclo info TOPIC --format json')")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TopicDocument.class)))
    String topic(@PathVariable String id) {
        Topic t = topics.topic(id)
            .orElseThrow(
                    () -> new NotFoundException("No topic '" + id + "'. Topics: " + String.join(", ", topics.ids())));
        return JsonText.write(TopicDocument.of(t, knowledge));
    }

    record SubstanceMatch(String name, String matched, List<String> brands, String atc, List<String> classes) {
    }

    @GetMapping("/substances")
    @Operation(summary = "Substances whose generic name, brand or alias starts with q (autocomplete)")
    List<SubstanceMatch> substances(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "20") int limit) {
        String prefix = q.trim().toLowerCase(Locale.ROOT);
        int max = Math.max(1, Math.min(limit, 100));
        return knowledge.substances()
            .stream()
            .flatMap(s -> names(s).filter(n -> n.toLowerCase(Locale.ROOT).startsWith(prefix))
                .limit(1)
                .map(n -> new SubstanceMatch(s.name(), n, s.brands(), s.atc(), s.classes())))
            .limit(max)
            .toList();
    }

    private static Stream<String> names(Substance s) {
        return Stream.concat(Stream.of(s.name()), Stream.concat(s.brands().stream(), s.aliases().stream()));
    }

}
