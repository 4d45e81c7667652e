package io.primaryinterop.mpi.core.training;

import java.util.List;

/**
 * What training did and found: the random pairs behind u, every EM session, the prior, and per
 * comparison level its m, u and match weight. Saved inside the model file.
 *
 * @param randomPairs pairs sampled for u
 * @param seed the seed of that sample
 * @param sessions one per training blocking rule, in order
 * @param candidatePairLambda the share of matches among the prediction blocking rules' candidate pairs
 *                            (-1 when the prior came from the sessions)
 * @param lambda the prior: P(match) for two records drawn at random
 * @param lambdaSource how the prior was found
 */
public record TrainingReport(long records, long randomPairs, long seed, List<Session> sessions,
                             double candidatePairLambda, long candidatePairs, double lambda, String lambdaSource,
                             List<ComparisonParameters> comparisons) {
    public TrainingReport {
        sessions = List.copyOf(sessions);
        comparisons = List.copyOf(comparisons);
    }

    /**
     * One EM session.
     *
     * @param blockingRule the training blocking rule whose pairs were used
     * @param fixedComparisons comparisons that read a field of the rule: not estimated in this session
     * @param rulePairs pairs the rule yields
     * @param pairs pairs EM ran over (a uniform sample when the rule yields more than the cap)
     * @param lambda the share of matches among this rule's pairs
     */
    public record Session(String blockingRule, List<String> fixedComparisons, long rulePairs, long pairs,
                          int distinctPatterns,
                          int iterations, boolean converged, double logLikelihood, double lambda) {
        public Session {
            fixedComparisons = List.copyOf(fixedComparisons);
        }
    }

    /** The estimated parameters of one comparison. */
    public record ComparisonParameters(String comparison, List<LevelParameters> levels) {
        public ComparisonParameters {
            levels = List.copyOf(levels);
        }
    }

    /**
     * One level.
     *
     * @param sessionsEstimated in how many sessions m was estimated (m is their average; 0 = m kept from the start)
     */
    public record LevelParameters(String label, double m, double u, double matchWeight, int sessionsEstimated) {
    }
}
