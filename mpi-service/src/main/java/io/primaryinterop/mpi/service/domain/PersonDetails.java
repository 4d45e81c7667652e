package io.primaryinterop.mpi.service.domain;

import java.time.LocalDateTime;
import java.util.List;

/** A person: enterprise id, status, golden record (source and recordId null) and linked records. */
public record PersonDetails(String personId, String status, RecordFields golden, List<LinkedRecord> records,
                            int version, LocalDateTime createdAt, LocalDateTime updatedAt) {

    public PersonDetails {
        records = List.copyOf(records);
    }

    /** One linked source record, by its identity, with how it was linked. */
    public record LinkedRecord(String source, String recordId, String linkType, Decision decision, Double probability,
                               Double matchWeight) {
    }
}
