package org.baclo.pump;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.baclo.units.Millilitres;

/**
 * The residual volume expected in the pump: the last fill less what every prescription
 * since has delivered.
 */
public final class Residuals {

    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(24 * 60);

    private Residuals() {
    }

    /**
     * Expected residual at {@code at}: {@code fill.volume()} − Σ daily volume × days,
     * over the fill's prescription and each later change (changes before the fill or
     * after {@code at} are ignored); never below 0.
     */
    public static Millilitres expected(Fill fill, List<PrescriptionChange> changes, LocalDateTime at) {
        if (at.isBefore(fill.filledAt())) {
            throw new IllegalArgumentException(
                    "at: the refill (" + at + ") is before the last fill (" + fill.filledAt() + ")");
        }
        List<PrescriptionChange> segments = new ArrayList<>();
        segments.add(new PrescriptionChange(fill.filledAt(), fill.prescription()));
        changes.stream()
            .filter(c -> c.from().isAfter(fill.filledAt()) && c.from().isBefore(at))
            .sorted(Comparator.comparing(PrescriptionChange::from))
            .forEach(segments::add);
        BigDecimal used = BigDecimal.ZERO;
        for (int i = 0; i < segments.size(); i++) {
            LocalDateTime start = segments.get(i).from();
            LocalDateTime end = i + 1 < segments.size() ? segments.get(i + 1).from() : at;
            BigDecimal days = BigDecimal.valueOf(Duration.between(start, end).toMinutes())
                .divide(MINUTES_PER_DAY, 6, RoundingMode.HALF_UP);
            used = used.add(segments.get(i).prescription().dailyVolume().over(days).value());
        }
        BigDecimal left = fill.volume().value().subtract(used).setScale(2, RoundingMode.HALF_UP);
        return new Millilitres(left.max(BigDecimal.ZERO));
    }

}
