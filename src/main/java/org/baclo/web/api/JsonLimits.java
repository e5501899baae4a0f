package org.baclo.web.api;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;

/**
 * Limits of the JSON reader, so a hostile body costs little: no request field needs a
 * number longer than a few dozen characters, nesting beyond a few levels, or a string
 * longer than a plan document. Beyond these, the body is refused as MALFORMED_JSON before
 * any value is built.
 */
@Configuration
class JsonLimits {

    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;

    @Bean
    JsonFactoryBuilderCustomizer streamReadLimits() {
        return builder -> builder.streamReadConstraints(StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .build());
    }

}
