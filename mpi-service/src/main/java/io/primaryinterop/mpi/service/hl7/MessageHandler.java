package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;

/**
 * One kind of message and its answer. A handler throws {@link HL7Exception} (built by {@link Problems})
 * for what the sender got wrong; {@link Guarded} turns that into an AE answer with an ERR segment.
 */
@FunctionalInterface
interface MessageHandler {

    /**
     * @param message the parsed message
     * @param raw     the message as received (stored with the source record)
     * @param actor   who sends it (MSH-3/MSH-4), the actor of any change
     */
    Message answer(Message message, String raw, String actor) throws HL7Exception;
}
