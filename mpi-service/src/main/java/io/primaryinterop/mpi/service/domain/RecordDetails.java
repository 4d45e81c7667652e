package io.primaryinterop.mpi.service.domain;

import java.time.LocalDateTime;

/** A stored source record with its link. */
public record RecordDetails(RecordFields record, LinkDetails link, int version, LocalDateTime createdAt,
                            LocalDateTime updatedAt) {
}
