package io.primaryinterop.mpi.service.learn;

import io.primaryinterop.mpi.core.compare.Comparison;
import io.primaryinterop.mpi.core.compare.ComparisonLevel;
import io.primaryinterop.mpi.core.model.ModelSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * m and u re-estimated from labelled pairs, blended with the model's (unsupervised) estimates as a prior:
 * per comparison, over its non-null levels, {@code m' = (n_l + k_m * m_l / M) / (N + k_m)} where {@code n_l}
 * counts labelled matches at level l, {@code N} their sum and {@code M} the sum of the prior's m over those
 * levels; the same for u with the labelled non-matches and {@code k_u}. With no labels a comparison keeps
 * its estimates; with many the labels dominate. The null level is left alone (weight 0).
 *
 * @param matchPrior    k_m: how many labelled matches the model's m is worth
 * @param nonMatchPrior k_u: the same for u; large by default, because labelled non-matches are the hard cases
 *                      a steward saw, not a random sample of non-matching pairs as the u estimate is
 */
public record LabelledEstimates(double matchPrior, double nonMatchPrior) {

    public LabelledEstimates {
        if (!(matchPrior > 0) || !(nonMatchPrior > 0)) {
            throw new IllegalArgumentException("priors must be positive: " + matchPrior + ", " + nonMatchPrior);
        }
    }

    /**
     * @param levels per labelled pair, the level index of each comparison
     * @param match  per labelled pair, whether it is a match
     */
    public ModelSpec apply(ModelSpec model, List<int[]> levels, List<Boolean> match) {
        List<Comparison> comparisons = new ArrayList<>(model.comparisons().size());
        for (int c = 0; c < model.comparisons().size(); c++) {
            Comparison comparison = model.comparisons().get(c);
            double[] matches = new double[comparison.levelCount()];
            double[] nonMatches = new double[comparison.levelCount()];
            for (int p = 0; p < levels.size(); p++) {
                int level = levels.get(p)[c];
                if (!comparison.level(level).isNullLevel()) {
                    (match.get(p) ? matches : nonMatches)[level]++;
                }
            }
            double[] m = blend(comparison, matches, matchPrior, true);
            double[] u = blend(comparison, nonMatches, nonMatchPrior, false);
            Comparison updated = comparison;
            for (int l = 0; l < comparison.levelCount(); l++) {
                ComparisonLevel level = comparison.level(l);
                if (!level.isNullLevel()) {
                    updated = updated.withLevel(l, new ComparisonLevel(level.label(), level.condition(), m[l], u[l],
                            level.termFrequencyAdjusted()));
                }
            }
            comparisons.add(updated);
        }
        return model.withComparisons(comparisons);
    }

    private static double[] blend(Comparison comparison, double[] counts, double prior, boolean m) {
        double labelled = 0;
        double priorMass = 0;
        for (int l = 0; l < counts.length; l++) {
            if (!comparison.level(l).isNullLevel()) {
                labelled += counts[l];
                priorMass += m ? comparison.level(l).m() : comparison.level(l).u();
            }
        }
        double[] out = new double[counts.length];
        for (int l = 0; l < counts.length; l++) {
            ComparisonLevel level = comparison.level(l);
            double estimate = m ? level.m() : level.u();
            out[l] = level.isNullLevel() ? estimate
                    : (counts[l] + prior * estimate / priorMass) / (labelled + prior);
        }
        return out;
    }
}
