package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.parser.Parser;
import ca.uhn.hl7v2.protocol.ReceivingApplicationExceptionHandler;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a message HAPI could not parse or route (garbage, no MSH, a broken MSH, an unknown
 * version): AR with an ERR segment, echoing MSA-2 when the control id can be read at all. Nothing of
 * the message is logged, only the kind of failure. HAPI is told not to answer such failures itself
 * (its answer would be thrown away, and it would draw its control id from a file it writes into the
 * working directory), so this is the only answer made.
 */
final class NakOnFailure implements ReceivingApplicationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(NakOnFailure.class);

    private final Parser parser;

    NakOnFailure(Parser parser) {
        this.parser = parser;
    }

    @Override
    public String processException(String incoming, Map<String, Object> metadata, String outgoing, Exception e) {
        HL7Exception problem = problem(incoming, e);
        LOG.warn("hl7 message refused: {} (HL7 error {})", e.getClass().getSimpleName(), problem.getErrorCode());
        try {
            return parser.encode(Naks.of(parser, criticalHeader(incoming), AcknowledgmentCode.AR, problem));
        } catch (HL7Exception | IOException withHeader) {
            try {
                return parser.encode(Naks.of(parser, null, AcknowledgmentCode.AR, problem));
            } catch (HL7Exception | IOException plain) {
                throw new IllegalStateException("cannot make a negative acknowledgement", plain);
            }
        }
    }

    private static HL7Exception problem(String incoming, Exception e) {
        if (incoming == null || !incoming.stripLeading().startsWith("MSH")) {
            return Problems.segment("MSH", ErrorCode.SEGMENT_SEQUENCE_ERROR,
                    "the message does not begin with an MSH segment");
        }
        if (e instanceof HL7Exception hl7 && hl7.getError() != ErrorCode.APPLICATION_INTERNAL_ERROR) {
            HL7Exception copy = new HL7Exception(hl7.getMessageWithoutLocation(), hl7.getError());
            copy.setLocation(hl7.getLocation());
            return copy;
        }
        return new HL7Exception("the message could not be parsed as HL7 v2 ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                ErrorCode.DATA_TYPE_ERROR);
    }

    /** MSH fields 1, 2, 3-6, 10, 11, 12 when HAPI can read them, else null. */
    private Segment criticalHeader(String incoming) {
        try {
            return incoming == null ? null : parser.getCriticalResponseData(incoming);
        } catch (HL7Exception | RuntimeException unreadable) {
            return null;
        }
    }
}
