package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document lists every API endpoint, with its schemas and its error
 * responses.
 */
@SpringBootTest
@Import(TestKnowledge.class)
class OpenApiDocumentTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    @Test
    void every_endpoint_is_documented_with_error_responses() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var response = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode doc = json.readTree(response.getContentAsString());
        assertThat(doc.get("info").get("title").asString()).isEqualTo("Baclo API");

        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            JsonNode responses = op.getValue().get("responses");
            assertThat(responses.has("400") && responses.has("401") && responses.has("403") && responses.has("404"))
                .as(op.getKey() + " " + path.getKey() + " documents its errors")
                .isTrue();
            assertThat(responses.get("400").get("content").has("application/problem+json")).isTrue();
        }));
        assertThat(documented).isEqualTo(mapped);
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.has("PatientForm")).isTrue();
        assertThat(schemas.has("PlanRequest")).isTrue();
        assertThat(schemas.has("PatientSummary")).isTrue();
        assertThat(schemas.has("PlanDocument")).isTrue();
        assertThat(schemas.has("ProblemDetail")).isTrue();
        assertThat(schemas.has("TopicDocument")).isTrue();
        assertThat(schemas.has("CrclDocument")).isTrue();
        assertThat(schemas.has("SimulationDocument")).isTrue();
        assertThat(doc.get("paths")
            .get("/api/v1/tools/simulation")
            .get("get")
            .get("responses")
            .get("200")
            .get("content")
            .get("application/json")
            .get("schema")
            .get("$ref")
            .asString()).endsWith("/SimulationDocument");
        assertThat(doc.get("components").get("securitySchemes").has("bearer")).isTrue();
    }

}
