package io.primaryinterop.mpi.service.engine;

/** Ingest decides LINKED at or above {@code autoLink}, REVIEW from {@code review} up to it, else NEW_PERSON. */
public record DecisionThresholds(double autoLink, double review) {
    public DecisionThresholds {
        if (!(autoLink > 0 && autoLink <= 1)) {
            throw new IllegalArgumentException("auto-link threshold must be in (0,1]: " + autoLink);
        }
        if (!(review > 0 && review <= autoLink)) {
            throw new IllegalArgumentException("review threshold must be in (0, auto-link threshold " + autoLink + "]: " + review);
        }
    }
}
