package org.baclo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.baclo.patient.PatientRepository;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Issue 15.4: with {@code --demo} the health endpoint answers UP only once the demo data
 * is loaded. Tomcat accepts connections before the start-up runners (the demo loader
 * among them) run, so the test asks {@code /actuator/health} over HTTP from runners
 * before and after {@link DemoData}: not UP either time (the readiness state joins the
 * health until every runner has finished), and UP afterwards, with the demo patients in.
 */
@SpringBootTest(properties = "baclo.demo=true", webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestKnowledge.class)
class DemoHealthTest {

    static final Map<String, String> SEEN = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    PatientRepository patients;

    static String health(int port) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        }
        catch (IOException e) {
            return "no answer: " + e;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * Asks the health endpoint at a point of the runners' order and records the answer.
     */
    record Probe(String name, int order, Environment env,
            PatientRepository patients) implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) {
            int port = env.getRequiredProperty("local.server.port", Integer.class);
            SEEN.put(name, health(port));
            SEEN.put(name + ".patients", String.valueOf(patients.count()));
        }

        @Override
        public int getOrder() {
            return order;
        }

    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Probes {

        @Bean
        Probe beforeDemo(Environment env, PatientRepository patients) {
            return new Probe("before", 9, env, patients);
        }

        @Bean
        Probe afterDemo(Environment env, PatientRepository patients) {
            return new Probe("after", 11, env, patients);
        }

    }

    @Test
    void health_is_up_only_once_the_demo_data_is_loaded() {
        assertThat(SEEN.get("before.patients")).isEqualTo("0");
        assertThat(SEEN.get("before")).startsWith("503 ").doesNotContain("\"UP\"");
        assertThat(Long.parseLong(SEEN.get("after.patients"))).isPositive();
        assertThat(SEEN.get("after")).startsWith("503 ").doesNotContain("\"UP\"");

        assertThat(health(port)).startsWith("200 ").contains("\"status\":\"UP\"");
        assertThat(patients.count()).isPositive();
    }

}
