package org.baclo.regimen;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Reads the {@code timeZone} field that patient contexts and regimens share. */
final class TimeZones {

    private TimeZones() {
    }

    /**
     * The region id typed, or {@code defaultZone} when none is.
     * @param examples region ids shown when the one typed is unknown, e.g. "Europe/Paris"
     * @throws InvalidRequestException on field {@code timeZone} when the id is not a
     * known zone
     */
    static ZoneId orDefault(String timeZone, ZoneId defaultZone, String examples) {
        if (timeZone == null || timeZone.isBlank()) {
            return defaultZone;
        }
        try {
            return ZoneId.of(timeZone.trim());
        }
        catch (DateTimeException e) {
            throw new InvalidRequestException("timeZone",
                    "unknown time zone '" + timeZone + "'; use a region such as " + examples);
        }
    }

}
