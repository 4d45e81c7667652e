package io.primaryinterop.mpi.service.domain;

/** One comparison's part in a pair's match weight: which comparison level was selected and its weight. */
public record ScoreContribution(String comparison, String level, double matchWeight) {
}
