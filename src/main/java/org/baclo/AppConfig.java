package org.baclo;

import java.time.Clock;
import org.baclo.education.Topics;
import org.baclo.knowledge.Knowledge;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.core.StreamWriteFeature;
import org.springframework.context.annotation.Configuration;

/**
 * Beans shared across the application: the clock and the core services built on the
 * knowledge base.
 */
@Configuration
class AppConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Decimals in API JSON are written plain (40, never 4E+1): clinicians and scripts
     * read them.
     */
    @Bean
    JsonMapperBuilderCustomizer plainDecimals() {
        return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    @Bean
    Topics topics(Knowledge knowledge) {
        return new Topics(knowledge);
    }

}
