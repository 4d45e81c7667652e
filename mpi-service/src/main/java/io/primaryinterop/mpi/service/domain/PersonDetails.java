package io.primaryinterop.mpi.service.domain;

import io.primaryinterop.mpi.service.domain.GoldenRecord.Provenance;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A person: enterprise id, status, golden record (source and recordId null) with the provenance of
 * each golden field, and linked records. A MERGED person has no records and says where it went
 * ({@code mergedInto}, an enterprise id).
 */
public record PersonDetails(String personId, String status, RecordFields golden, List<LinkedRecord> records,
                            int version, LocalDateTime createdAt, LocalDateTime updatedAt, String mergedInto,
                            Map<String, Provenance> goldenProvenance) {

    public PersonDetails {
        records = List.copyOf(records);
        goldenProvenance = goldenProvenance == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(goldenProvenance));
    }

    public PersonDetails(String personId, String status, RecordFields golden, List<LinkedRecord> records,
                         int version, LocalDateTime createdAt, LocalDateTime updatedAt) {
        this(personId, status, golden, records, version, createdAt, updatedAt, null, Map.of());
    }

    /** One linked source record, by its identity, with how it was linked. */
    public record LinkedRecord(String source, String recordId, String linkType, Decision decision, Double probability,
                               Double matchWeight) {
    }
}
