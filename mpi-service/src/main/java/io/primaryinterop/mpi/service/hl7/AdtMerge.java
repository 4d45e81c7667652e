package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.model.v25.group.ADT_A39_PATIENT;
import ca.uhn.hl7v2.util.Terser;
import io.primaryinterop.mpi.service.application.CrossReferenceService;
import io.primaryinterop.mpi.service.application.IdentityService;
import io.primaryinterop.mpi.service.domain.CrossReference.SourceIdentifier;
import io.primaryinterop.mpi.service.domain.MpiException;
import io.primaryinterop.mpi.service.domain.MpiException.RecordNotFound;
import java.util.ArrayList;
import java.util.List;

/**
 * ADT^A40 (merge patient, patient identifier list): in each PATIENT group, the person of the prior
 * identifier (MRG-1) is merged into the person of the survivor identifier (PID-3) through the
 * stewardship merge, the sender as actor. Both identifiers must be known; already one person is AA
 * with nothing to do. All groups are resolved before the first merge.
 */
final class AdtMerge implements MessageHandler {

    private final CrossReferenceService crossReferences;
    private final IdentityService identities;

    AdtMerge(CrossReferenceService crossReferences, IdentityService identities) {
        this.crossReferences = crossReferences;
        this.identities = identities;
    }

    @Override
    public Message answer(Message message, String raw, String actor) throws HL7Exception {
        List<Merge> merges = new ArrayList<>();
        for (Structure group : message.getAll("PATIENT")) {
            ADT_A39_PATIENT patient = (ADT_A39_PATIENT) group;
            String survivor = personOf(patient.getPID(), 3, "PID-3 survivor");
            String prior = personOf(patient.getMRG(), 1, "MRG-1 prior");
            if (!survivor.equals(prior)) {
                merges.add(new Merge(survivor, prior));
            }
        }
        if (merges.isEmpty() && message.getAll("PATIENT").length == 0) {
            throw Problems.segment("PID", ErrorCode.SEGMENT_SEQUENCE_ERROR, "the PID and MRG segments are missing");
        }
        String reason = "HL7 ADT^A40, control id " + new Terser(message).get("/MSH-10");
        for (Merge merge : merges) {
            try {
                identities.merge(merge.survivor(), merge.prior(), actor, reason);
            } catch (MpiException refused) {
                throw Problems.segment("MRG", ErrorCode.APPLICATION_INTERNAL_ERROR,
                        "the merge was refused: " + refused.getMessage());
            }
        }
        return Guarded.ack(message, AcknowledgmentCode.AA, null);
    }

    /** The person of the first identifier (with an assigning authority) of that field; AE 204 if none is known. */
    private String personOf(ca.uhn.hl7v2.model.Segment segment, int field, String what) throws HL7Exception {
        if (segment.isEmpty()) {
            throw Problems.segment(segment.getName(), ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "the " + segment.getName() + " segment is missing");
        }
        int reps = Cx.repetitions(segment, field);
        HL7Exception firstProblem = null;
        for (int rep = 1; rep <= reps; rep++) {
            Cx cx = Cx.read(segment, field, rep);
            if (cx.isEmpty() || cx.isSocialSecurityNumber()) {
                continue;
            }
            try {
                SourceIdentifier id = cx.toSourceIdentifier();
                return crossReferences.crossReference(id.source(), id.recordId()).personId();
            } catch (RecordNotFound unknown) {
                firstProblem = firstProblem != null ? firstProblem : Problems.at(segment.getName(), field, rep, 1,
                        ErrorCode.UNKNOWN_KEY_IDENTIFIER, what + " identifier is not known to the MPI");
            } catch (HL7Exception unusable) {
                firstProblem = firstProblem != null ? firstProblem : unusable;
            }
        }
        throw firstProblem != null ? firstProblem : Problems.at(segment.getName(), field, ErrorCode.REQUIRED_FIELD_MISSING,
                what + " identifier (with its assigning authority) is required");
    }

    private record Merge(String survivor, String prior) {
    }
}
