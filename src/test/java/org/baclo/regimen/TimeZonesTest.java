package org.baclo.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@code timeZone} field of a patient context and of a regimen: blank means the
 * caller's default, a region id is trimmed, an unknown one names the field (each with its
 * own example regions).
 */
class TimeZonesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static void readsZones(Function<String, ZoneId> zoneOf, String unknown) {
        assertThat(zoneOf.apply(null)).isEqualTo(UTC);
        assertThat(zoneOf.apply(" ")).isEqualTo(UTC);
        assertThat(zoneOf.apply(" Europe/Paris ")).isEqualTo(TestPatients.ZONE);
        assertThatThrownBy(() -> zoneOf.apply("Mars/Base")).isInstanceOf(InvalidRequestException.class)
            .hasMessage(unknown);
    }

    @Test
    @DisplayName("a patient's time zone")
    void patient() {
        readsZones(
                zone -> new ContextInput(45, "male", BigDecimal.valueOf(80), BigDecimal.ONE, null, null, false, false,
                        null, null, null, zone)
                    .resolve(TestPatients.K, UTC)
                    .zone(),
                "timeZone: unknown time zone 'Mars/Base'; use a region such as Europe/Paris or America/New_York");
    }

    @Test
    @DisplayName("a regimen's time zone")
    void regimen() {
        readsZones(zone -> new RegimenDraft(null, null, null, zone, null, null, null, null,
                List.of(new RegimenDraft.StepDraft("2025-03-01", null, BigDecimal.valueOf(15), null)))
            .toRegimen(TestPatients.K, UTC)
            .timeZone(), "timeZone: unknown time zone 'Mars/Base'; use a region such as Europe/Paris");
    }

}
