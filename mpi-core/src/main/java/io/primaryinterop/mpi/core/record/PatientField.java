package io.primaryinterop.mpi.core.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The fields of a patient record, named by their canonical CSV column (also in JSON model files). */
public enum PatientField {
    RECORD_ID("record_id", PatientRecord::recordId),
    SOURCE("source", PatientRecord::source),
    GIVEN_NAME("given_name", PatientRecord::givenName),
    MIDDLE_NAME("middle_name", PatientRecord::middleName),
    FAMILY_NAME("family_name", PatientRecord::familyName),
    SEX("sex", PatientRecord::sex),
    BIRTH_DATE("birth_date", PatientRecord::birthDate),
    ADDRESS_LINE("address_line", PatientRecord::addressLine),
    CITY("city", PatientRecord::city),
    STATE("state", PatientRecord::state),
    POSTAL_CODE("postal_code", PatientRecord::postalCode),
    COUNTRY("country", PatientRecord::country),
    PHONE("phone", PatientRecord::phone),
    EMAIL("email", PatientRecord::email),
    NATIONAL_ID("national_id", PatientRecord::nationalId);

    /** Number of fields. */
    public static final int COUNT = 15;

    private static final Map<String, PatientField> BY_COLUMN = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(PatientField::column, Function.identity()));

    private final String column;
    private final Function<PatientRecord, String> getter;

    PatientField(String column, Function<PatientRecord, String> getter) {
        this.column = column;
        this.getter = getter;
    }

    /** The canonical CSV column name, e.g. {@code given_name}. */
    @JsonValue
    public String column() {
        return column;
    }

    /** The raw value of this field in a record. */
    public String get(PatientRecord record) {
        return getter.apply(record);
    }

    /**
     * The field for a column name; case-insensitive, surrounding spaces ignored, {@code dob} is an alias
     * of {@code birth_date}.
     *
     * @throws IllegalArgumentException naming the column and the known ones when it is not a field
     */
    @JsonCreator
    public static PatientField byColumn(String column) {
        PatientField field = byColumnOrNull(column);
        if (field == null) {
            throw new IllegalArgumentException("unknown patient field '" + column + "'; known: "
                    + Arrays.stream(values()).map(PatientField::column).collect(Collectors.joining(", "))
                    + " (alias dob)");
        }
        return field;
    }

    /** Like {@link #byColumn(String)} but {@code null} for an unknown column. */
    public static PatientField byColumnOrNull(String column) {
        if (column == null) {
            return null;
        }
        String key = column.strip().toLowerCase(Locale.ROOT);
        if (key.equals("dob")) {
            return BIRTH_DATE;
        }
        return BY_COLUMN.get(key);
    }
}
