package org.baclo.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Random one-time passwords (144 bits, URL-safe). */
public final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String random() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

}
