package org.baclo.regimen;

import java.util.Objects;
import org.baclo.units.MlPerMin;

/**
 * A creatinine clearance measured (e.g. from a timed urine collection) instead of
 * estimated.
 */
public record MeasuredCrcl(MlPerMin value) implements RenalInput {
    public MeasuredCrcl {
        Objects.requireNonNull(value, "value");
    }
}
