package io.primaryinterop.mpi.core.record;

/**
 * One source record about a patient, with its values as written by the source (not normalized).
 * An empty string or {@code null} means the value is unknown. Column names and meanings follow the
 * canonical patient CSV (docs/patient-csv.md).
 */
public record PatientRecord(
        String recordId,
        String source,
        String givenName,
        String middleName,
        String familyName,
        String sex,
        String birthDate,
        String addressLine,
        String city,
        String state,
        String postalCode,
        String country,
        String phone,
        String email,
        String nationalId) {

    /** A record built from values in {@link PatientField} order (index = {@link PatientField#ordinal()}). */
    public static PatientRecord fromValues(String... values) {
        if (values.length != PatientField.COUNT) {
            throw new IllegalArgumentException(
                    "expected " + PatientField.COUNT + " values in PatientField order, got " + values.length);
        }
        return new PatientRecord(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                values[7], values[8], values[9], values[10], values[11], values[12], values[13], values[14]);
    }

    /** The value of one field (as written). */
    public String get(PatientField field) {
        return field.get(this);
    }

    /** The values in {@link PatientField} order. */
    public String[] values() {
        String[] values = new String[PatientField.COUNT];
        for (PatientField field : PatientField.values()) {
            values[field.ordinal()] = field.get(this);
        }
        return values;
    }
}
