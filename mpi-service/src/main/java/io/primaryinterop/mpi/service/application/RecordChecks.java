package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import io.primaryinterop.mpi.service.domain.RecordFields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What the store requires of a record, whichever way it arrives (HTTP or bulk load): an identity,
 * values that fit their columns, and a real calendar date. Reasons name the field, never its value.
 */
final class RecordChecks {

    /** Column sizes in {@link RecordFields#demographics()} order (see the migration). */
    private static final int[] MAX_LENGTHS = {100, 100, 100, 16, 32, 200, 100, 64, 32, 64, 64, 200, 64};

    private RecordChecks() {
    }

    static void check(RecordFields fields) {
        checkStorable(fields);
        checkBirthDate(fields);
    }

    static void checkProbe(RecordFields fields) {
        checkLengths(fields);
        checkBirthDate(fields);
    }

    /**
     * Identity and column sizes only: the bulk path keeps a registry's malformed birth date as written
     * (the engine normalizes it to unknown), where the API refuses it.
     */
    static void checkStorable(RecordFields fields) {
        required("source", fields.source(), 64);
        required("recordId", fields.recordId(), 128);
        checkLengths(fields);
    }

    private static void checkLengths(RecordFields fields) {
        List<String> values = fields.demographics();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v != null && v.length() > MAX_LENGTHS[i]) {
                throw new InvalidRecord(RecordFields.DEMOGRAPHIC_NAMES.get(i), "longer than " + MAX_LENGTHS[i] + " characters");
            }
        }
    }

    private static void checkBirthDate(RecordFields fields) {
        String birthDate = fields.birthDate();
        if (birthDate != null && !birthDate.isBlank()) {
            try {
                LocalDate.parse(birthDate.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidRecord("birthDate", "not a calendar date in the form YYYY-MM-DD");
            }
        }
    }

    private static void required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidRecord(field, "is required");
        }
        if (value.length() > maxLength) {
            throw new InvalidRecord(field, "longer than " + maxLength + " characters");
        }
    }
}
