package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v25.segment.PID;
import io.primaryinterop.mpi.service.application.IngestService;
import io.primaryinterop.mpi.service.domain.MpiException.FieldProblem;
import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import io.primaryinterop.mpi.service.domain.RecordFields;
import java.util.List;

/**
 * ADT^A01, A04, A05, A08 (admit, register, pre-admit, update): the PID's records are ingested or
 * updated, one per PID-3 identifier; AA when all are stored. Identifiers are checked before anything is
 * written and the records share their demographics, so a refused message leaves nothing behind; a
 * failure of ours half-way is answered AE and the sender's repeat completes it (ingest is idempotent).
 */
final class AdtFeed implements MessageHandler {

    private final IngestService ingest;

    AdtFeed(IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public Message answer(Message message, String raw, String actor) throws HL7Exception {
        List<RecordFields> records = PidRecords.of((PID) message.get("PID"));
        try {
            for (RecordFields record : records) {
                ingest.ingest(record, raw, actor);
            }
        } catch (InvalidRecord invalid) {
            FieldProblem first = invalid.problems().get(0);
            throw PidRecords.problemAt(first.field(), first.reason());
        }
        return Guarded.ack(message, AcknowledgmentCode.AA, null);
    }
}
