package org.baclo.followup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed diary observation (BACLOFEN.md §11): a patient-rated score, a Penn spasm score,
 * a side effect, a timed walk, or a clinician's Modified Ashworth grade. Every
 * observation has the client's id and its time with offset.
 */
public sealed interface Observation {

    String id();

    OffsetDateTime at();

    /** The wire name of the kind, e.g. "spasticity-nrs". */
    String kind();

    /** The 0–10 numeric rating scales the patient fills in (past 24 hours). */
    enum Nrs {

        SPASTICITY("spasticity-nrs"), PAIN("pain-nrs"), SLEEP("sleep-nrs");

        private final String wireName;

        Nrs(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

    }

    /** Side-effect severity as the patient rates it. */
    enum EffectSeverity {

        MILD, MODERATE, SEVERE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    /** Body side of a Modified Ashworth grade. */
    enum Side {

        LEFT, RIGHT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    /** Modified Ashworth grades: "1+" is its own category, not 1.5 [MAS-1987]. */
    enum AshworthGrade {

        G0("0"), G1("1"), G1_PLUS("1+"), G2("2"), G3("3"), G4("4");

        private final String label;

        AshworthGrade(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Optional<AshworthGrade> parse(String text) {
            for (AshworthGrade g : values()) {
                if (g.label.equals(text == null ? null : text.trim())) {
                    return Optional.of(g);
                }
            }
            return Optional.empty();
        }

    }

    /** A 0–10 numeric rating. */
    record Score(String id, OffsetDateTime at, Nrs scale, int value) implements Observation {
        public Score {
            common(id, at);
            Objects.requireNonNull(scale, "kind");
            if (value < 0 || value > 10) {
                throw new IllegalArgumentException("value: must be a whole number from 0 to 10; got " + value);
            }
        }

        @Override
        public String kind() {
            return scale.wireName();
        }
    }

    /**
     * Penn Spasm Frequency 0–4 with severity 1–3, absent when the frequency is 0
     * [PENN-1989].
     */
    record Penn(String id, OffsetDateTime at, int frequency, Optional<Integer> severity) implements Observation {
        public Penn {
            common(id, at);
            Objects.requireNonNull(severity, "severity");
            if (frequency < 0 || frequency > 4) {
                throw new IllegalArgumentException("frequency: must be 0 to 4; got " + frequency);
            }
            if (frequency == 0 && severity.isPresent()) {
                throw new IllegalArgumentException("severity: must be absent when the frequency is 0 (no spasms)");
            }
            if (frequency > 0 && severity.isEmpty()) {
                throw new IllegalArgumentException(
                        "severity: is required (1 mild, 2 moderate, 3 severe) when there" + " are spasms");
            }
            if (severity.isPresent() && (severity.get() < 1 || severity.get() > 3)) {
                throw new IllegalArgumentException("severity: must be 1, 2 or 3; got " + severity.get());
            }
        }

        @Override
        public String kind() {
            return "penn";
        }
    }

    /**
     * A side effect by its name in the knowledge list, with the patient's severity and
     * free text.
     */
    record SideEffect(String id, OffsetDateTime at, String effect, EffectSeverity severity,
            Optional<String> note) implements Observation {
        public SideEffect {
            common(id, at);
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String kind() {
            return "side-effect";
        }
    }

    /** Timed 25-Foot Walk in seconds. */
    record Walk(String id, OffsetDateTime at, BigDecimal seconds) implements Observation {
        public Walk {
            common(id, at);
            Objects.requireNonNull(seconds, "seconds");
            if (seconds.signum() <= 0) {
                throw new IllegalArgumentException("seconds: must be above 0; got " + seconds.toPlainString());
            }
        }

        @Override
        public String kind() {
            return "walk-25ft";
        }
    }

    /** A clinician's Modified Ashworth grade for one muscle group and side. */
    record Ashworth(String id, OffsetDateTime at, String muscle, Side side,
            AshworthGrade grade) implements Observation {
        public Ashworth {
            common(id, at);
            Objects.requireNonNull(muscle, "muscle");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(grade, "grade");
            if (muscle.isBlank()) {
                throw new IllegalArgumentException("muscle: name the muscle group, e.g. 'elbow flexors'");
            }
        }

        @Override
        public String kind() {
            return "mas";
        }
    }

    private static void common(String id, OffsetDateTime at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id: must not be empty");
        }
    }

}
