package io.primaryinterop.mpi.service.engine;

import io.primaryinterop.mpi.service.domain.ScoreContribution;
import java.util.List;

/**
 * The score of one record pair; {@code reviewRule}: the label of the model's review rule the pair meets (it is
 * never linked automatically, whatever its probability), or null.
 */
public record PairMatch(double matchWeight, double probability, List<ScoreContribution> contributions,
                        String reviewRule) {
    public PairMatch {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("match probability must be in [0,1]: " + probability);
        }
        contributions = List.copyOf(contributions);
    }

    /** A score no review rule holds. */
    public PairMatch(double matchWeight, double probability, List<ScoreContribution> contributions) {
        this(matchWeight, probability, contributions, null);
    }
}
