package org.baclo.fault;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@link FaultRounds} on the embedded H2 file database (a fresh data folder under
 * target/fault).
 */
class FaultH2IT extends FaultRounds {

    @Override
    String database() {
        return "H2";
    }

    @Override
    List<String> springArgs(Path work) {
        return List.of("--baclo.data-dir=" + work.resolve("data"));
    }

    @Override
    Map<String, String> environment() {
        return Map.of();
    }

}
