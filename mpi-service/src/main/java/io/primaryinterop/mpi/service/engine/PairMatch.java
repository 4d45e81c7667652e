package io.primaryinterop.mpi.service.engine;

import io.primaryinterop.mpi.service.domain.ScoreContribution;
import java.util.List;

/** The score of one record pair. */
public record PairMatch(double matchWeight, double probability, List<ScoreContribution> contributions) {
    public PairMatch {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("match probability must be in [0,1]: " + probability);
        }
        contributions = List.copyOf(contributions);
    }
}
