package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclo.web.api.ApiFixture.Actor.CLINICIAN;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.Filter;
import java.util.List;
import org.baclo.security.AuditEvent;
import org.baclo.security.AuditFilter;
import org.baclo.security.AuditService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A request never needs two pooled connections at once (issue 8, item 1): with a pool of
 * ONE connection, audited reads, changes and refusals are all answered, and each leaves
 * its audit row. When the audit write needed a second connection while the request held
 * the first, every one of these calls timed out.
 */
class OneConnectionApiTest extends ApiTestBase {

    @Autowired
    AuditService audit;

    @Autowired
    List<FilterRegistrationBean<?>> servletFilters;

    @Autowired
    HikariDataSource dataSource;

    private int poolSize;

    private long connectionTimeout;

    /**
     * After the fixture is stored: shrink the pool to one connection, and pass requests
     * through the filters.
     */
    @BeforeEach
    void withOneConnectionAndTheServletFilters() {
        Filter[] filters = servletFilters.stream().map(FilterRegistrationBean::getFilter).toArray(Filter[]::new);
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(filters).apply(springSecurity()).build();
        HikariConfigMXBean config = dataSource.getHikariConfigMXBean();
        poolSize = config.getMaximumPoolSize();
        connectionTimeout = config.getConnectionTimeout();
        config.setMinimumIdle(1);
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(500);
        dataSource.getHikariPoolMXBean().softEvictConnections();
    }

    @AfterEach
    void restoreThePool() {
        HikariConfigMXBean config = dataSource.getHikariConfigMXBean();
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeout);
    }

    @Test
    void reads_changes_and_refusals_are_answered_and_audited_with_one_connection() throws Exception {
        assertThat(dataSource.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(1);
        String patients = "/api/v1/patients";
        assertThat(status(MockMvcRequestBuilders.get(patients), null)).isEqualTo(200);
        assertThat(status(MockMvcRequestBuilders.post(patients), "{\"name\":\"" + ApiFixture.unique("One conn ")
                + "\",\"dateOfBirth\":\"1970-05-01\",\"sex\":\"female\",\"weightKg\":70,\"creatinineValue\":0.9,"
                + "\"creatinineUnit\":\"mg/dL\",\"creatinineDate\":\"" + java.time.LocalDate.now(clock).minusDays(1)
                + "\",\"indication\":\"ms-spasticity\",\"timeZone\":\"Europe/London\"}"))
            .isEqualTo(201);
        assertThat(status(MockMvcRequestBuilders.get(patients + "/" + f.patientB), null)).isEqualTo(404);
        String plans = patients + "/" + f.patientA + "/plans";
        assertThat(status(MockMvcRequestBuilders.post(plans), "{\"kind\":\"titrate\",\"targetMgDay\":30}"))
            .isEqualTo(201);
        assertThat(status(MockMvcRequestBuilders.get(plans), null)).isEqualTo(200);
        assertThat(status(MockMvcRequestBuilders.get(plans + "/999999999"), null)).isEqualTo(404);

        List<AuditEvent> trail = audit.search(new AuditFilter(f.clinician.username(), null, null, null, null, null));
        assertThat(trail).extracting(e -> e.action() + " " + e.outcome())
            .containsExactlyInAnyOrder("PATIENT_LIST OK", "PATIENT_CREATE OK", "PATIENT_READ DENIED", "PLAN_CREATE OK",
                    "PLAN_LIST OK", "PLAN_READ NOT_FOUND");
    }

    private int status(MockHttpServletRequestBuilder b, String body) throws Exception {
        b.header("Authorization", "Bearer " + f.tokens.get(CLINICIAN));
        if (body != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(b).andReturn().getResponse().getStatus();
    }

}
