package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.Candidate;
import io.primaryinterop.mpi.service.engine.PairMatch;

/** A candidate person and the best pair score between the probe and that person's records. */
record ScoredPerson(long personRowId, String enterpriseId, PairMatch best) {

    Candidate toCandidate() {
        return new Candidate(enterpriseId, best.probability(), best.matchWeight(), best.contributions());
    }
}
