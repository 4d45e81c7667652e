package io.primaryinterop.mpi.service.store;

import io.primaryinterop.mpi.service.domain.RecordFields;
import java.time.LocalDateTime;

/** A source record row. {@code id} is the row id, internal to the store. */
public record StoredRecord(long id, RecordFields fields, String rawPayload, String payloadHash, int version,
                           LocalDateTime createdAt, LocalDateTime updatedAt) {
}
