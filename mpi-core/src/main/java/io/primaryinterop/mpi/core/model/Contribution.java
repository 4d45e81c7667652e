package io.primaryinterop.mpi.core.model;

/**
 * What one comparison added to a pair's match weight: the level it chose and that level's weight
 * (log2(m/u), plus the term-frequency adjustment where the level has one). The explanation of a score.
 */
public record Contribution(String comparison, String level, int levelIndex, double matchWeight) {
}
