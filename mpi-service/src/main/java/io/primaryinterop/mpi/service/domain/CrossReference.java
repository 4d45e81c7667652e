package io.primaryinterop.mpi.service.domain;

import java.util.List;

/**
 * The identifiers the MPI holds for one person (PIX): its enterprise id and every linked source
 * record's (source, recordId), the queried one included.
 */
public record CrossReference(String personId, List<SourceIdentifier> identifiers) {
    public CrossReference {
        identifiers = List.copyOf(identifiers);
    }

    /** A source record's identity: the identifier domain (assigning authority) and the identifier in it. */
    public record SourceIdentifier(String source, String recordId) {
    }
}
