package org.baclo.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: 12 to 128 characters, not the username (ignoring case), not in
 * the bundled list of common passwords ({@code security/common-passwords.txt}, source
 * named in its header). Applied to admin-created users, password changes and the
 * bootstrap admin.
 */
public final class PasswordPolicy {

    public static final int MIN = 12;

    public static final int MAX = 128;
    static final String LIST = "/security/common-passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty if it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password == null) {
            return Optional.of("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            return Optional.of("Use " + MIN + " to " + MAX + " characters.");
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            return Optional.of("The password must not be the username.");
        }
        if (isCommon(password)) {
            return Optional.of("This password is on a list of common passwords; choose another.");
        }
        return Optional.empty();
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.trim().toLowerCase(Locale.ROOT));
    }

    static int listSize() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + LIST);
            }
            Set<String> out = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.toLowerCase(Locale.ROOT))
                .forEach(out::add);
            return Set.copyOf(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
