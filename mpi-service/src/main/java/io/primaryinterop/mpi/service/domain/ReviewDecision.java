package io.primaryinterop.mpi.service.domain;

/** A steward's answer to a review task. */
public enum ReviewDecision {
    /** Same patient: the record is linked (MANUAL) to the candidate person. */
    MATCH,
    /** Not the same patient: remembered, never proposed again, never linked automatically. */
    NO_MATCH,
    /** Put aside: leaves the OPEN queue, can still be decided later. */
    SKIP
}
