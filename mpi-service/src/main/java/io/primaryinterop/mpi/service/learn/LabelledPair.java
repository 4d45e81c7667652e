package io.primaryinterop.mpi.service.learn;

import io.primaryinterop.mpi.service.domain.RecordFields;

/** Two stored records and a steward's word on them: the same patient ({@code match}) or not. */
public record LabelledPair(long leftRowId, long rightRowId, RecordFields left, RecordFields right, boolean match) {
}
