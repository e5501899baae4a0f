package org.baclo;

import java.time.Clock;
import org.baclo.education.Topics;
import org.baclo.knowledge.Knowledge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared across the application: the clock and the core services built on the knowledge base. */
@Configuration
class AppConfig {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Topics topics(Knowledge knowledge) {
        return new Topics(knowledge);
    }
}
