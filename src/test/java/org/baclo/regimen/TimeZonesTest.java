package org.baclo.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@code timeZone} field of a patient context and of a regimen: default, region id, unknown. */
class TimeZonesTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static ContextInput patient(String zone) {
        return new ContextInput(45, "male", BigDecimal.valueOf(80), BigDecimal.ONE, null, null, false, false, null,
                null, null, zone);
    }

    private static RegimenDraft regimen(String zone) {
        return new RegimenDraft(null, null, null, zone, null, null, null, null,
                List.of(new RegimenDraft.StepDraft("2025-03-01", null, BigDecimal.valueOf(15), null)));
    }

    @Test
    @DisplayName("a patient's zone: blank means the default, a region id is trimmed, an unknown one names the field")
    void patient() {
        assertThat(patient(null).resolve(TestPatients.K, UTC).zone()).isEqualTo(UTC);
        assertThat(patient(" ").resolve(TestPatients.K, UTC).zone()).isEqualTo(UTC);
        assertThat(patient(" Europe/Paris ").resolve(TestPatients.K, UTC).zone()).isEqualTo(TestPatients.ZONE);
        assertThatThrownBy(() -> patient("Mars/Base").resolve(TestPatients.K, UTC))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("timeZone: unknown time zone 'Mars/Base'; use a region such as Europe/Paris or"
                        + " America/New_York");
    }

    @Test
    @DisplayName("a regimen's zone: blank means the default, a region id is trimmed, an unknown one names the field")
    void regimen() {
        assertThat(regimen(null).toRegimen(TestPatients.K, UTC).timeZone()).isEqualTo(UTC);
        assertThat(regimen("").toRegimen(TestPatients.K, UTC).timeZone()).isEqualTo(UTC);
        assertThat(regimen("Europe/Paris ").toRegimen(TestPatients.K, UTC).timeZone()).isEqualTo(TestPatients.ZONE);
        assertThatThrownBy(() -> regimen("Mars/Base").toRegimen(TestPatients.K, UTC))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("timeZone: unknown time zone 'Mars/Base'; use a region such as Europe/Paris");
    }
}
