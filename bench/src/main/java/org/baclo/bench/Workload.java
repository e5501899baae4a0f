package org.baclo.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeLoader;
import org.baclo.pk.Covariates;
import org.baclo.pk.DoseHistory;
import org.baclo.pk.ParameterSetModel;
import org.baclo.pk.TimeGrid;
import org.baclo.pk.VirtualPatients;
import org.baclo.units.Milligrams;

/**
 * The benchmark workload: the default adult model (BACLOFEN.md §6) with its inter-individual variability, 20 mg
 * three times a day (every 8 h from time 0, 84 doses) for 28 days, on a 10-minute grid (4,032 points).
 */
final class Workload {
    static final int DAYS = 28;
    static final DoseHistory TID = DoseHistory.regular(Instant.EPOCH, Milligrams.of(20), Duration.ofHours(8),
            3 * DAYS);
    static final TimeGrid GRID = TimeGrid.of(Duration.ofMinutes(10), Duration.ofDays(DAYS));

    private Workload() {
    }

    static VirtualPatients patients(long seed) {
        Knowledge k = KnowledgeLoader.fromClasspath();
        return new VirtualPatients(ParameterSetModel.of(k.pk().defaultSet()), Covariates.REFERENCE,
                Optional.empty(), Optional.empty(), seed);
    }
}
