package io.primaryinterop.mpi.service.store;

import io.primaryinterop.mpi.service.domain.RecordFields;

/** A stored record found through the key index, with the person it is linked to. */
public record CandidateRecord(long recordRowId, long personRowId, String enterpriseId, RecordFields fields) {
}
