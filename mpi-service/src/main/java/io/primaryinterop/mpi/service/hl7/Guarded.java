package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.protocol.MetadataKeys;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.Terser;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MessageHandler} as HAPI's receiving application: every message gets an answer. What the
 * sender got wrong becomes AE with its ERR segment; a failure of ours becomes AE 207 (application
 * internal error) and is logged by exception class only (driver messages can carry values).
 */
final class Guarded implements ReceivingApplication<Message> {

    private static final Logger LOG = LoggerFactory.getLogger(Guarded.class);

    private final String name;
    private final MessageHandler handler;
    private final InFlight inFlight;

    Guarded(String name, MessageHandler handler, InFlight inFlight) {
        this.name = name;
        this.handler = handler;
        this.inFlight = inFlight;
    }

    @Override
    public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
        inFlight.enter();
        try {
            String controlId = new Terser(message).get("/MSH-10");
            Message answer = answer(message, metadata, controlId);
            String code = new Terser(answer).get("/MSA-1");
            if ("AA".equals(code)) {
                LOG.debug("hl7 {} control id {} -> {}", name, controlId, code);
            } else {
                LOG.info("hl7 {} control id {} -> {}", name, controlId, code);
            }
            return answer;
        } finally {
            inFlight.exit();
        }
    }

    private Message answer(Message message, Map<String, Object> metadata, String controlId) throws HL7Exception {
        try {
            Object raw = metadata.get(MetadataKeys.IN_RAW_MESSAGE);
            return handler.answer(message, raw instanceof String s ? s : message.encode(), Senders.actor(message));
        } catch (HL7Exception problem) {
            return ack(message, AcknowledgmentCode.AE, problem);
        } catch (RuntimeException failure) {
            LOG.error("hl7 {} control id {}: failed with {}", name, controlId, failure.getClass().getName());
            return ack(message, AcknowledgmentCode.AE, new HL7Exception(
                    "the message could not be processed (internal error); it may be sent again",
                    ErrorCode.APPLICATION_INTERNAL_ERROR));
        }
    }

    /** The message's acknowledgement, or one built from scratch if the message cannot make it. */
    static Message ack(Message message, AcknowledgmentCode code, HL7Exception problem) throws HL7Exception {
        try {
            return message.generateACK(code, problem);
        } catch (HL7Exception | IOException | RuntimeException cannot) {
            try {
                return Naks.of(message.getParser(), (Segment) message.get("MSH"), code, problem);
            } catch (IOException e) {
                throw new HL7Exception("cannot make an acknowledgement", e);
            }
        }
    }

    @Override
    public boolean canProcess(Message message) {
        return true;
    }
}
