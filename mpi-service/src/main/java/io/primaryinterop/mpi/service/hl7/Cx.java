package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.util.Terser;
import io.primaryinterop.mpi.service.domain.CrossReference.SourceIdentifier;

/**
 * One CX identifier of a segment field (PID-3, MRG-1, QPD-3, QPD-4), read through HAPI's Terser so the
 * same code serves typed fields and QPD's variable ones: CX-1 the identifier, CX-4 its assigning
 * authority (HD-1 namespace id, else HD-2 universal id), CX-5 the identifier type.
 *
 * @param repetition 1-based, as in an ERR location
 */
record Cx(String segment, int field, int repetition, String id, String authority, String typeCode) {

    /** Column sizes of source and record_id (see the V1 migration). */
    private static final int MAX_SOURCE = 64;
    private static final int MAX_RECORD_ID = 128;

    static int repetitions(Segment segment, int field) throws HL7Exception {
        return segment.getField(field).length;
    }

    static Cx read(Segment segment, int field, int repetition) throws HL7Exception {
        int rep = repetition - 1;
        String namespace = value(segment, field, rep, 4, 1);
        String authority = namespace != null ? namespace : value(segment, field, rep, 4, 2);
        return new Cx(segment.getName(), field, repetition, value(segment, field, rep, 1, 1), authority,
                value(segment, field, rep, 5, 1));
    }

    boolean isEmpty() {
        return id == null && authority == null;
    }

    /** Social security numbers are a national id, not a source's record. */
    boolean isSocialSecurityNumber() {
        return "SS".equalsIgnoreCase(typeCode);
    }

    /** As the MPI's (source, recordId); an identifier without either part, or too long to store, is refused. */
    SourceIdentifier toSourceIdentifier() throws HL7Exception {
        if (id == null) {
            throw Problems.at(segment, field, repetition, 1, ErrorCode.REQUIRED_FIELD_MISSING,
                    segment + "-" + field + " identifier (CX-1) is empty");
        }
        if (authority == null) {
            throw Problems.at(segment, field, repetition, 4, ErrorCode.REQUIRED_FIELD_MISSING,
                    segment + "-" + field + " assigning authority (CX-4) is required: it names the identifier's domain");
        }
        if (authority.length() > MAX_SOURCE) {
            throw Problems.at(segment, field, repetition, 4, ErrorCode.DATA_TYPE_ERROR,
                    segment + "-" + field + " assigning authority is longer than " + MAX_SOURCE + " characters");
        }
        if (id.length() > MAX_RECORD_ID) {
            throw Problems.at(segment, field, repetition, 1, ErrorCode.DATA_TYPE_ERROR,
                    segment + "-" + field + " identifier is longer than " + MAX_RECORD_ID + " characters");
        }
        return new SourceIdentifier(authority, id);
    }

    private static String value(Segment segment, int field, int rep, int component, int subcomponent) throws HL7Exception {
        String v = Terser.get(segment, field, rep, component, subcomponent);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
