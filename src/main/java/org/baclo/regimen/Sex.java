package org.baclo.regimen;

import java.util.Locale;

/** Sex as the Cockcroft–Gault formula uses it. */
public enum Sex {

    MALE, FEMALE;

    /** "male" or "female", as the CLI and plan files write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses male/female (also m/f), case-insensitively. */
    public static Sex parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "male":
            case "m":
                return MALE;
            case "female":
            case "f":
                return FEMALE;
            default:
                throw new InvalidRequestException("sex", "must be male or female; got '" + text + "'");
        }
    }

}
