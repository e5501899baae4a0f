package org.baclo.testsupport;

import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The knowledge base as a bean for {@code @SpringBootTest}s
 * ({@code BacloApplication.start} registers it before Spring starts, so a test context
 * needs it supplied): {@code @Import(TestKnowledge.class)}. Loaded and validated once per
 * JVM and shared by every test context (it is immutable).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestKnowledge {

    private static final class Holder {

        static final Knowledge KNOWLEDGE = KnowledgeLoader.fromClasspath();

    }

    @Bean
    Knowledge knowledge() {
        return Holder.KNOWLEDGE;
    }

}
