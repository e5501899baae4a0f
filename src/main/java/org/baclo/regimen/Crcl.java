package org.baclo.regimen;

import java.util.List;
import java.util.Objects;
import org.baclo.units.MlPerMin;

/**
 * A creatinine clearance and how it was obtained.
 *
 * @param calculation the inputs and arithmetic in words, e.g. "(140 − 72) × 60 kg / (72 ×
 * 1.4 mg/dL) × 0.85"
 * @param source source keys of the method (Cockcroft–Gault: CG-1976; measured: none)
 */
public record Crcl(MlPerMin value, Method method, String calculation, List<String> source) {

    public Crcl {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(calculation, "calculation");
        source = List.copyOf(source);
    }

    /** How the clearance was obtained. */
    public enum Method {

        COCKCROFT_GAULT("cockcroft-gault"), MEASURED("measured"), SCHWARTZ("bedside-schwartz");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

    }
}
