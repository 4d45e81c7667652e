package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import java.util.Set;

/** Any message no handler takes: AR with ERR 200 (message type) or 201 (event) at MSH-9. */
final class UnsupportedMessage implements MessageHandler {

    private final Set<String> supportedTypes;

    /** @param supportedTypes message types (MSH-9.1) of which some events are handled */
    UnsupportedMessage(Set<String> supportedTypes) {
        this.supportedTypes = Set.copyOf(supportedTypes);
    }

    @Override
    public Message answer(Message message, String raw, String actor) throws HL7Exception {
        String type = new Terser(message).get("/MSH-9-1");
        HL7Exception problem = type != null && supportedTypes.contains(type)
                ? Problems.at("MSH", 9, 1, 2, ErrorCode.UNSUPPORTED_EVENT_CODE,
                        "MSH-9 trigger event is not one this MPI handles for this message type")
                : Problems.at("MSH", 9, 1, 1, ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                        "MSH-9 message type is not one this MPI handles (ADT^A01/A04/A05/A08/A40, QBP^Q23)");
        return Guarded.ack(message, AcknowledgmentCode.AR, problem);
    }
}
