package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.Location;

/**
 * What was wrong with a message, as HAPI puts it into an ERR segment: where (ERR-2, segment / field /
 * repetition / component), what (ERR-3, HL7 table 0357) and why (ERR-3.9). Reasons name the field,
 * never its value.
 */
final class Problems {

    private Problems() {
    }

    /** At one component of one repetition of a field (repetition and component 1-based, 0 = not meant). */
    static HL7Exception at(String segment, int field, int repetition, int component, ErrorCode code, String reason) {
        HL7Exception problem = new HL7Exception(reason, code);
        Location location = new Location().withSegmentName(segment).withSegmentRepetition(1).withField(field);
        if (repetition > 0) {
            location.withFieldRepetition(repetition);
        }
        if (component > 0) {
            location.withComponent(component);
        }
        problem.setLocation(location);
        return problem;
    }

    static HL7Exception at(String segment, int field, ErrorCode code, String reason) {
        return at(segment, field, 0, 0, code, reason);
    }

    static HL7Exception segment(String segment, ErrorCode code, String reason) {
        HL7Exception problem = new HL7Exception(reason, code);
        problem.setLocation(new Location().withSegmentName(segment).withSegmentRepetition(1));
        return problem;
    }
}
