package org.baclo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.baclo.app.ApiError;
import org.junit.jupiter.api.Test;

/**
 * Every {@link ApiError} code is documented in docs/api-errors.md with its status, and
 * some test other than this one produces it (asserts it by name).
 */
class ApiErrorCatalogueTest {

    /**
     * Codes that other branches produce and test (BUSY: the pool's 503; LOGIN_THROTTLED:
     * login throttling). When a test asserting one of them arrives, this test fails until
     * the code is removed from here.
     */
    static final Set<ApiError> PRODUCED_ELSEWHERE = Set.of();

    @Test
    void every_code_is_documented_with_its_status() throws IOException {
        String doc = Files.readString(Path.of("docs/api-errors.md"));
        Matcher m = Pattern.compile("^\\| `([A-Z_]+)` \\| (\\d{3}) \\|", Pattern.MULTILINE).matcher(doc);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(m.group(1) + " " + m.group(2));
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(
                Stream.of(ApiError.values()).map(e -> e.code() + " " + e.status()).toList());
    }

    @Test
    void every_code_is_produced_by_a_test() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path p : files
                .filter(p -> p.toString().endsWith(".java")
                        && !p.getFileName().toString().equals("ApiErrorCatalogueTest.java"))
                .toList()) {
                tests.append(Files.readString(p));
            }
        }
        for (ApiError e : ApiError.values()) {
            boolean tested = tests.indexOf("\"" + e.code() + "\"") >= 0 || tests.indexOf("ApiError." + e.code()) >= 0;
            if (PRODUCED_ELSEWHERE.contains(e)) {
                assertThat(tested).as(e + " is tested now: remove it from PRODUCED_ELSEWHERE").isFalse();
            }
            else {
                assertThat(tested).as(e + " is asserted by no test").isTrue();
            }
        }
    }

    @Test
    void a_status_without_a_code_maps_to_the_nearest_code() {
        assertThat(ApiError.forStatus(400)).isEqualTo(ApiError.BAD_REQUEST);
        assertThat(ApiError.forStatus(404)).isEqualTo(ApiError.NOT_FOUND);
        assertThat(ApiError.forStatus(418)).isEqualTo(ApiError.BAD_REQUEST);
        assertThat(ApiError.forStatus(500)).isEqualTo(ApiError.INTERNAL_ERROR);
        assertThat(ApiError.forStatus(502)).isEqualTo(ApiError.INTERNAL_ERROR);
    }

}
