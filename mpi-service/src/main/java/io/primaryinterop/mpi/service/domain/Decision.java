package io.primaryinterop.mpi.service.domain;

/** What ingest decided for a record. */
public enum Decision {
    /** At or above the auto-link threshold: linked to the best candidate person (or kept on a manual link). */
    LINKED,
    /** Below the review threshold against every candidate: a new person. */
    NEW_PERSON,
    /** Between the thresholds: a new person of its own, and a review task against each such candidate person. */
    REVIEW
}
