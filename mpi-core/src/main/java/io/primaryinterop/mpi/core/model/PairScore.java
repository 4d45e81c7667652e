package io.primaryinterop.mpi.core.model;

import java.util.List;

/**
 * The score of one pair: match weight (log2 of the posterior odds: the prior's weight plus every
 * contribution), the match probability it means, and the contributions that explain it.
 */
public record PairScore(double matchWeight, double matchProbability, List<Contribution> contributions) {
    public PairScore {
        contributions = List.copyOf(contributions);
    }

    /** The sum of the comparisons' weights, without the prior: the evidence of the records alone. */
    public double evidenceWeight() {
        double sum = 0;
        for (Contribution c : contributions) {
            sum += c.matchWeight();
        }
        return sum;
    }
}
