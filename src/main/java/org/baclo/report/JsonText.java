package org.baclo.report;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON writer configuration for documents the CLI prints and the API answers
 * (topics, CrCl, simulation summaries): indented, decimals plain (40, never 4E+1). Both
 * write through {@link #write}, so the same record gives the same bytes. Thread-safe.
 */
public final class JsonText {

    /** The shared mapper (also read by the CLI for its plan files). */
    public static final JsonMapper MAPPER = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();

    private JsonText() {
    }

    public static String write(Object document) {
        return MAPPER.writeValueAsString(document);
    }

}
