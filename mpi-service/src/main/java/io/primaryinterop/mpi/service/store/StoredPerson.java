package io.primaryinterop.mpi.service.store;

import io.primaryinterop.mpi.service.domain.RecordFields;
import java.time.LocalDateTime;

/** A person row: enterprise id, status and golden record (source and recordId of {@code golden} are null). */
public record StoredPerson(long id, String enterpriseId, String status, Long mergedInto, RecordFields golden,
                           int version, LocalDateTime createdAt, LocalDateTime updatedAt) {

    public static final String ACTIVE = "ACTIVE";
    public static final String MERGED = "MERGED";
    /** Left without records after its last automatic link moved to another person. */
    public static final String RETIRED = "RETIRED";
}
