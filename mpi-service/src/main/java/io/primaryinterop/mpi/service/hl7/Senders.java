package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;

/** Who sent a message: MSH-3 sending application and MSH-4 sending facility, as the actor of its changes. */
final class Senders {

    /** The audit trail's actor column is 100 characters. */
    private static final int MAX_ACTOR = 100;

    private Senders() {
    }

    /** {@code hl7:APPLICATION@FACILITY} (namespace ids, or universal ids where there is none). */
    static String actor(Message message) throws HL7Exception {
        Terser terser = new Terser(message);
        String actor = "hl7:" + hd(terser, "/MSH-3") + "@" + hd(terser, "/MSH-4");
        return actor.length() <= MAX_ACTOR ? actor : actor.substring(0, MAX_ACTOR);
    }

    private static String hd(Terser terser, String field) throws HL7Exception {
        String namespace = terser.get(field + "-1");
        if (namespace != null && !namespace.isBlank()) {
            return namespace.trim();
        }
        String universal = terser.get(field + "-2");
        return universal == null || universal.isBlank() ? "unknown" : universal.trim();
    }
}
