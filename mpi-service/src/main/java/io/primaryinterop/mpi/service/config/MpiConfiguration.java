package io.primaryinterop.mpi.service.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The service's own settings ({@code mpi.*}; environment variables {@code MPI_MODEL_PATH},
 * {@code MPI_AUTO_LINK_THRESHOLD}, {@code MPI_REVIEW_THRESHOLD} work too).
 *
 * @param modelPath           a model JSON file; empty or null means the model bundled in the jar
 * @param autoLinkThreshold   match probability at or above which a record is linked automatically; null: the model's
 * @param reviewThreshold     match probability at or above which (below auto-link) a review task is made; null: the model's
 * @param maxCandidatesPerKey how many records one blocking key may contribute as candidates (guards against huge blocks)
 * @param candidatesInMemory  on an embedded H2 store, also hold what candidate lookups read (the blocking keys, and
 *                            each record's fields and person) in memory ({@code MPI_CANDIDATES_IN_MEMORY}); other
 *                            stores always read the tables
 */
@ConfigurationProperties("mpi")
public record MpiConfiguration(
        @Nullable String modelPath,
        @Nullable Double autoLinkThreshold,
        @Nullable Double reviewThreshold,
        @Bindable(defaultValue = "200") int maxCandidatesPerKey,
        @Bindable(defaultValue = "true") boolean candidatesInMemory) {

    public MpiConfiguration {
        if (autoLinkThreshold != null && !(autoLinkThreshold > 0 && autoLinkThreshold <= 1)) {
            throw new IllegalArgumentException("mpi.auto-link-threshold must be in (0,1]: " + autoLinkThreshold);
        }
        if (reviewThreshold != null && !(reviewThreshold > 0 && reviewThreshold <= 1)) {
            throw new IllegalArgumentException("mpi.review-threshold must be in (0,1]: " + reviewThreshold);
        }
        if (maxCandidatesPerKey < 1) {
            throw new IllegalArgumentException("mpi.max-candidates-per-key must be positive: " + maxCandidatesPerKey);
        }
    }
}
