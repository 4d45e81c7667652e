package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.Version;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v25.message.ACK;
import ca.uhn.hl7v2.parser.Parser;
import ca.uhn.hl7v2.util.Terser;
import java.io.IOException;

/**
 * An acknowledgement built from scratch (a 2.5 ACK) for when the message itself cannot make one: it
 * answers whatever of the header could be read (MSH-3..6 swapped, MSH-10 into MSA-2, MSH-11, a known
 * MSH-12) and carries the code in MSA-1 and the problem, if any, in ERR.
 */
final class Naks {

    private Naks() {
    }

    static Message of(Parser parser, Segment header, AcknowledgmentCode code, HL7Exception problem)
            throws HL7Exception, IOException {
        ACK ack = new ACK(parser.getFactory());
        ack.setParser(parser);
        ack.initQuickstart("ACK", "", "P");
        if (header != null) {
            Terser terser = new Terser(ack);
            copy(header, 5, terser, "/MSH-3");
            copy(header, 6, terser, "/MSH-4");
            copy(header, 3, terser, "/MSH-5");
            copy(header, 4, terser, "/MSH-6");
            copy(header, 11, terser, "/MSH-11");
            copy(header, 10, terser, "/MSA-2");
            String version = Terser.get(header, 12, 0, 1, 1);
            if (Version.versionOf(version) != null) {
                terser.set("/MSH-12", version);
            }
        }
        if (problem == null) {
            new Terser(ack).set("/MSA-1", code.name());
            return ack;
        }
        return problem.populateResponse(ack, code, 0);
    }

    private static void copy(Segment header, int field, Terser to, String path) throws HL7Exception {
        String value = Terser.get(header, field, 0, 1, 1);
        if (value != null && !value.isBlank()) {
            to.set(path, value);
        }
    }
}
