package io.primaryinterop.mpi.core.normalize;

import io.primaryinterop.mpi.core.record.PatientField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Values that sources write when they do not know the real one: {@code UNKNOWN} as a name,
 * {@code 1900-01-01} as a birth date, {@code 000-00-0000} as an SSN. Such a value is not evidence:
 * two records both born "1900-01-01" are not more alike for it. The normalizer therefore turns a
 * placeholder into {@code null} (unknown, weight 0 in every comparison) and flags the field in
 * {@link NormalizedRecord#placeholderMask()}, so the service can send placeholder patients to review.
 *
 * <p>Values are compared after normalization (upper case, punctuation removed, digits only...).
 * Digit fields (phone, national id, postal code) also treat one digit repeated ({@code 000000000},
 * {@code 99999}) and the run {@code 123456789...} as placeholders.
 *
 * @param values per field, the normalized values that are placeholders
 */
public record Placeholders(Map<PatientField, Set<String>> values) {

    private static final Set<PatientField> DIGIT_FIELDS =
            Set.of(PatientField.PHONE, PatientField.NATIONAL_ID, PatientField.POSTAL_CODE);

    public Placeholders {
        EnumMap<PatientField, Set<String>> copy = new EnumMap<>(PatientField.class);
        values.forEach((field, set) -> copy.put(field, Set.copyOf(set)));
        values = Map.copyOf(copy);
    }

    /** No placeholders: every value is taken at face value. */
    public static Placeholders none() {
        return new Placeholders(Map.of());
    }

    /** The built-in set (documented in docs/normalization-and-comparisons.md). */
    public static Placeholders defaults() {
        Set<String> names = Set.of("UNKNOWN", "UNK", "UNKN", "NONE", "NULL", "NA", "N A", "NOT KNOWN", "NOT GIVEN",
                "TEST", "TESTPATIENT", "TEST PATIENT", "XXX", "XX", "X", "BABY", "BABY BOY", "BABY GIRL", "INFANT",
                "NEWBORN", "NB", "ANONYMOUS", "NONAME", "NO NAME", "PATIENT");
        return new Placeholders(Map.of(
                PatientField.GIVEN_NAME, names,
                PatientField.MIDDLE_NAME, Set.of("UNKNOWN", "UNK", "NONE", "NULL", "NA", "N A", "NMN", "NMI", "X", "XXX"),
                PatientField.FAMILY_NAME, names,
                PatientField.BIRTH_DATE, Set.of("1900-01-01", "1800-01-01", "1899-12-31", "1901-01-01", "0001-01-01",
                        "9999-12-31", "2999-12-31"),
                PatientField.ADDRESS_LINE, Set.of("UNKNOWN", "NONE", "NULL", "NA", "N A", "HOMELESS", "NO ADDRESS",
                        "NO FIXED ADDRESS", "NFA"),
                PatientField.CITY, Set.of("UNKNOWN", "NONE", "NULL", "NA", "N A"),
                PatientField.EMAIL, Set.of("none@none.com", "noemail@noemail.com", "no@email.com", "na@na.com",
                        "unknown@unknown.com", "test@test.com")));
    }

    /** Whether a normalized, non-null value is a placeholder for its field. */
    public boolean isPlaceholder(PatientField field, String normalized) {
        Set<String> set = values.get(field);
        if (set != null && set.contains(normalized)) {
            return true;
        }
        return !values.isEmpty() && DIGIT_FIELDS.contains(field) && isDummyNumber(normalized);
    }

    static boolean isDummyNumber(String digits) {
        if (digits.length() < 4) {
            return false;
        }
        boolean repeated = true;
        boolean ascending = true;
        for (int i = 1; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            repeated &= c == digits.charAt(0);
            ascending &= c == (char) ('0' + (digits.charAt(i - 1) - '0' + 1) % 10);
        }
        return repeated || (ascending && digits.charAt(0) == '1');
    }
}
