package org.baclo.knowledge;

import java.util.List;
import org.baclo.units.Millilitres;

/** An implantable pump model. */
public record PumpModel(String id, String name, List<Millilitres> reservoirs, Millilitres alarmVolume,
        Confidence alarmVolumeConfidence, List<String> source, Confidence confidence) implements Sourced {
}
