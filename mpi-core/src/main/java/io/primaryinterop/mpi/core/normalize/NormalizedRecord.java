package io.primaryinterop.mpi.core.normalize;

import io.primaryinterop.mpi.blocking.FieldValues;
import io.primaryinterop.mpi.core.record.PatientField;
import java.util.EnumSet;
import java.util.Set;

/**
 * A patient record after normalization (see {@link RecordNormalizer}): upper-case ASCII names and
 * addresses, ISO birth date, digits-only phone and national id; {@code null} = unknown. What blocking
 * key functions and comparisons read.
 *
 * @param birthEpochDay the birth date as epoch day, {@link ParseDate#NULL_EPOCH_DAY} when unknown
 * @param placeholderMask bit {@code 1 << field.ordinal()} set where the source wrote a placeholder
 *     (see {@link Placeholders}); the value itself is then {@code null}
 */
public record NormalizedRecord(
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
        String nationalId,
        int birthEpochDay,
        int placeholderMask) implements FieldValues {

    public NormalizedRecord {
        if ((birthDate == null) != (birthEpochDay == ParseDate.NULL_EPOCH_DAY)) {
            throw new IllegalArgumentException("record " + recordId + ": birthEpochDay " + birthEpochDay
                    + " does not match birthDate " + (birthDate == null ? "null" : "present"));
        }
    }

    /**
     * A record from already normalized values in {@link PatientField} order; the epoch day is derived
     * from the ISO birth date.
     */
    public static NormalizedRecord fromValues(String[] values, int placeholderMask) {
        if (values.length != PatientField.COUNT) {
            throw new IllegalArgumentException("expected " + PatientField.COUNT + " values, got " + values.length);
        }
        int epochDay = ParseDate.isoEpochDay(values[PatientField.BIRTH_DATE.ordinal()]);
        String birthDate = epochDay == ParseDate.NULL_EPOCH_DAY ? null : values[PatientField.BIRTH_DATE.ordinal()];
        return new NormalizedRecord(values[0], values[1], values[2], values[3], values[4], values[5], birthDate,
                values[7], values[8], values[9], values[10], values[11], values[12], values[13], values[14],
                epochDay, placeholderMask);
    }

    /** The normalized value of a field, {@code null} when unknown. */
    public String get(PatientField field) {
        return switch (field) {
            case RECORD_ID -> recordId;
            case SOURCE -> source;
            case GIVEN_NAME -> givenName;
            case MIDDLE_NAME -> middleName;
            case FAMILY_NAME -> familyName;
            case SEX -> sex;
            case BIRTH_DATE -> birthDate;
            case ADDRESS_LINE -> addressLine;
            case CITY -> city;
            case STATE -> state;
            case POSTAL_CODE -> postalCode;
            case COUNTRY -> country;
            case PHONE -> phone;
            case EMAIL -> email;
            case NATIONAL_ID -> nationalId;
        };
    }

    /** Blocking's view: the value by canonical column name (or alias {@code dob}); unknown names are {@code null}. */
    @Override
    public String value(String field) {
        PatientField patientField = PatientField.byColumnOrNull(field);
        return patientField == null ? null : get(patientField);
    }

    /** The values in {@link PatientField} order. */
    public String[] values() {
        String[] values = new String[PatientField.COUNT];
        for (PatientField field : PatientField.values()) {
            values[field.ordinal()] = get(field);
        }
        return values;
    }

    public boolean hasPlaceholder(PatientField field) {
        return (placeholderMask & (1 << field.ordinal())) != 0;
    }

    /** Fields where the source wrote a placeholder value (now {@code null}). */
    public Set<PatientField> placeholderFields() {
        EnumSet<PatientField> fields = EnumSet.noneOf(PatientField.class);
        for (PatientField field : PatientField.values()) {
            if (hasPlaceholder(field)) {
                fields.add(field);
            }
        }
        return fields;
    }
}
