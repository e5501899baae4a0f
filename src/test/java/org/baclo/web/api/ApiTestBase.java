package org.baclo.web.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Clock;
import org.baclo.patient.PatientRepository;
import org.baclo.plan.PlanWorkflow;
import org.baclo.security.ApiTokenService;
import org.baclo.security.AppUserRepository;
import org.baclo.security.CareTeamRepository;
import org.baclo.testsupport.TestKnowledge;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The whole application behind MockMvc (with the security filters) and a fresh
 * {@link ApiFixture} per test.
 */
@SpringBootTest
@Import(TestKnowledge.class)
abstract class ApiTestBase {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AppUserRepository users;

    @Autowired
    CareTeamRepository teams;

    @Autowired
    PatientRepository patients;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PlanWorkflow plans;

    @Autowired
    Clock clock;

    MockMvc mvc;

    ApiFixture f;

    @BeforeEach
    void setUpClinic() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        f = new ApiFixture(users, teams, patients, tokens, plans, clock);
    }

}
