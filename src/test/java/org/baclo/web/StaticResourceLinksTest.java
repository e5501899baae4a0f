package org.baclo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Issue 15 (fast screens): page links are not offered to the static resource chain (a
 * class-path lookup per link, most of the worklist's and timeline's CPU), and the pages'
 * version-less webjar, CSS and script links are still served. On the real server, where
 * the servlet filters run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestKnowledge.class)
class StaticResourceLinksTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void no_resource_url_encoding_filter_is_active() {
        @SuppressWarnings("rawtypes")
        var registrations = context.getBeansOfType(FilterRegistrationBean.class).values();
        assertThat(registrations).filteredOn(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
            .isNotEmpty()
            .allSatisfy(r -> assertThat(r.isEnabled()).isFalse());
    }

    @Test
    void pages_keep_the_links_as_written_and_every_linked_resource_is_served() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        List<String> links = List.of("/webjars/bootstrap/css/bootstrap.min.css",
                "/webjars/bootstrap/js/bootstrap.bundle.min.js", "/webjars/htmx.org/dist/htmx.min.js",
                "/css/baclo.css");
        for (String link : links) {
            assertThat(login.body()).contains("\"" + link + "\"");
            HttpResponse<String> resource = get(link);
            assertThat(resource.statusCode()).as(link).isEqualTo(200);
            assertThat(resource.body()).as(link).isNotBlank();
        }
        assertThat(get("/webjars/chart.js/dist/chart.umd.js").statusCode()).isEqualTo(200);
        assertThat(get("/favicon.svg").statusCode()).isEqualTo(200);
    }

}
