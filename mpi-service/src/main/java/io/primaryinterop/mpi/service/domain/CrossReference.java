package io.primaryinterop.mpi.service.domain;

import java.util.List;

/**
 * The identifiers the MPI holds for one person (PIX): its enterprise id and every linked source
 * record, in record order, the queried one included. Each record keeps its stable row id, which the
 * FHIR front end shows as the logical id {@code Patient/rec-<n>}.
 */
public record CrossReference(String personId, List<LinkedRecord> records) {
    public CrossReference {
        records = List.copyOf(records);
    }

    /** The linked records' identities (source, recordId), in record order. */
    public List<SourceIdentifier> identifiers() {
        return records.stream().map(LinkedRecord::identifier).toList();
    }

    /** A source record's identity: the identifier domain (assigning authority) and the identifier in it. */
    public record SourceIdentifier(String source, String recordId) {
    }

    /** A source record linked to the person: its row id and its identity. */
    public record LinkedRecord(long rowId, SourceIdentifier identifier) {
    }
}
