package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.Candidate;
import io.primaryinterop.mpi.service.engine.PairMatch;

/**
 * A candidate person and the best pair score between the probe and that person's records;
 * {@code placeholder}: one of its scored records is a placeholder patient (never linked automatically).
 */
record ScoredPerson(long personRowId, String enterpriseId, PairMatch best, boolean placeholder) {

    ScoredPerson(long personRowId, String enterpriseId, PairMatch best) {
        this(personRowId, enterpriseId, best, false);
    }

    Candidate toCandidate() {
        return new Candidate(enterpriseId, best.probability(), best.matchWeight(), best.contributions(), best.reviewRule());
    }
}
