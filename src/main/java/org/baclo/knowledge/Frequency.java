package org.baclo.knowledge;

import java.util.Locale;

/** How many oral doses a day. */
public enum Frequency {

    QD(1, "once a day"), BID(2, "twice a day"), TID(3, "three times a day"), QID(4, "four times a day");

    private final int dosesPerDay;

    private final String words;

    Frequency(int dosesPerDay, String words) {
        this.dosesPerDay = dosesPerDay;
        this.words = words;
    }

    public int dosesPerDay() {
        return dosesPerDay;
    }

    public String words() {
        return words;
    }

    /**
     * Parses BID/TID/QID/QD, case-insensitively; throws with the allowed values
     * otherwise.
     */
    public static Frequency parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown frequency '" + text + "'; allowed: QD, BID, TID, QID");
        }
    }

}
