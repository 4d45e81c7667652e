package io.primaryinterop.mpi.service.domain;

import java.util.Arrays;
import java.util.List;

/**
 * One source record's canonical fields, as written by its source (see docs/patient-csv.md); null or
 * blank means unknown. The identity is (source, recordId).
 */
public record RecordFields(String source, String recordId, String givenName, String middleName, String familyName,
                           String sex, String birthDate, String addressLine, String city, String state,
                           String postalCode, String country, String phone, String email, String nationalId) {

    /** The demographic fields in a fixed order (not source and recordId), as stored and as the golden record. */
    public List<String> demographics() {
        return Arrays.asList(givenName, middleName, familyName, sex, birthDate, addressLine, city, state,
                postalCode, country, phone, email, nationalId);
    }

    /** Builds from {@link #demographics()} order. */
    public static RecordFields of(String source, String recordId, List<String> demographics) {
        if (demographics.size() != DEMOGRAPHIC_COUNT) {
            throw new IllegalArgumentException("expected " + DEMOGRAPHIC_COUNT + " demographic fields, got " + demographics.size());
        }
        List<String> d = demographics;
        return new RecordFields(source, recordId, d.get(0), d.get(1), d.get(2), d.get(3), d.get(4), d.get(5), d.get(6),
                d.get(7), d.get(8), d.get(9), d.get(10), d.get(11), d.get(12));
    }

    public static final int DEMOGRAPHIC_COUNT = 13;

    /** The JSON/API names of {@link #demographics()}, same order. */
    public static final List<String> DEMOGRAPHIC_NAMES = List.of("givenName", "middleName", "familyName", "sex",
            "birthDate", "addressLine", "city", "state", "postalCode", "country", "phone", "email", "nationalId");
}
