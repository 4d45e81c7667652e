package io.primaryinterop.mpi.service.domain;

import java.util.List;

/**
 * A demographic search over persons' golden records (PDQm): criteria are ANDed, the values of one
 * criterion ORed. String criteria match the start of the value case-blind unless {@link Match#EXACT}
 * (equal, case-sensitive) or {@link Match#CONTAINS} (anywhere, case-blind).
 *
 * @param activeOnly only ACTIVE persons (else every status)
 * @param count      at most this many persons
 * @param offset     skip this many (paging), in enterprise-id row order
 */
public record PatientQuery(List<Criterion> criteria, boolean activeOnly, int count, int offset) {

    public PatientQuery {
        criteria = List.copyOf(criteria);
        if (count < 1 || offset < 0) {
            throw new IllegalArgumentException("count must be positive and offset not negative: " + count + ", " + offset);
        }
    }

    /** What a criterion compares. */
    public enum Field {
        /** Enterprise id. */
        PERSON_ID,
        FAMILY,
        /** Given or middle name. */
        GIVEN,
        /** A date with an optional FHIR prefix (eq, ne, gt, lt, ge, le, sa, eb) and precision year, month or day. */
        BIRTH_DATE,
        /** M, F, O or U. */
        SEX,
        /** {@code source|recordId} of a linked record; either side may be empty (any). */
        RECORD_IDENTIFIER,
        NATIONAL_ID,
        /** A phone number (compared by its digits) or an e-mail address (case-blind). */
        PHONE,
        EMAIL,
        /** Any part of the address: line, city, state, postal code or country. */
        ADDRESS,
        CITY,
        STATE,
        POSTAL_CODE,
        COUNTRY,
        /** "true": the person is ACTIVE; "false": merged or retired. */
        ACTIVE
    }

    /** How a string criterion matches. */
    public enum Match { STARTS_WITH, EXACT, CONTAINS }

    /** One criterion: any of its terms satisfies it. */
    public record Criterion(List<Term> anyOf) {
        public Criterion {
            anyOf = List.copyOf(anyOf);
            if (anyOf.isEmpty()) {
                throw new IllegalArgumentException("a criterion needs at least one term");
            }
        }
    }

    /** One comparison of a field with a value. */
    public record Term(Field field, Match match, String value) {
    }
}
