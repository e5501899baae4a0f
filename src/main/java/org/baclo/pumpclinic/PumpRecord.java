package org.baclo.pumpclinic;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.baclo.pump.Origin;

/**
 * A patient's implanted pump: model, reservoir, alarm volume, implant date, origin,
 * catheter tip, clinic buffer.
 */
public record PumpRecord(long patientId, String model, BigDecimal reservoirMl, BigDecimal alarmMl,
        LocalDate implantDate, Origin origin, String catheterTip, int clinicBufferDays) {
}
