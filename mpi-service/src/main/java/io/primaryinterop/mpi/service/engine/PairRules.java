package io.primaryinterop.mpi.service.engine;

/**
 * What a model's rules say of a record pair beyond its weight, as batch clustering decides it.
 *
 * @param cannotLink the two records must never share a person (a cannot-link rule, or comparisons summing below
 *                   the model's {@code cannotLinkWeight})
 * @param reviewRule the label of the first review rule the pair meets (never linked automatically: review), or
 *                   null; always null when {@code cannotLink}
 */
public record PairRules(boolean cannotLink, String reviewRule) {
    public PairRules {
        if (cannotLink && reviewRule != null) {
            throw new IllegalArgumentException("a pair that cannot link is no review case");
        }
    }
}
