package org.baclo.testsupport;

import java.nio.file.Path;

/**
 * Where tests write their files: under the build directory (Maven passes it as
 * {@code baclo.test.output-dir}).
 */
public final class TestPaths {

    private TestPaths() {
    }

    /**
     * The build directory ({@code target/}), or {@code target} relative to the working
     * directory outside Maven.
     */
    public static Path target() {
        return Path.of(System.getProperty("baclo.test.output-dir", "target")).toAbsolutePath();
    }

    /**
     * Whether the tests run in continuous integration (the environment variable
     * {@code CI} is set and not false).
     */
    public static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

}
