package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.RecordFields;

/**
 * The ingest service's checks of a record, for callers that must know before writing anything (a FHIR
 * transaction checks every entry first). Throws the same InvalidRecord ingest would.
 */
public final class RecordValidation {

    private RecordValidation() {
    }

    public static void check(RecordFields fields) {
        RecordChecks.check(fields);
    }
}
