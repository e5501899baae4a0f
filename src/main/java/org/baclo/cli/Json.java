package org.baclo.cli;

import org.baclo.report.JsonText;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI's JSON: the shared {@link JsonText} configuration, so the CLI and the API write
 * the same bytes.
 */
final class Json {

    static final JsonMapper MAPPER = JsonText.MAPPER;

    private Json() {
    }

    static String write(Object value) {
        return JsonText.write(value);
    }

}
