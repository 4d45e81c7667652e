package io.primaryinterop.mpi.core.compare;

import io.primaryinterop.mpi.core.record.PatientField;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard comparisons for patient fields, with level lists that reflect how these fields go wrong
 * in practice (typos, nicknames, initials, swapped names, transposed day/month, moved address words) and
 * neutral starting m and u: m falls and u rises from exact to else, each summing to 1 over the non-null
 * levels. Training replaces the starting values. Each comparison is named after its field's column.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /** given_name: exact (term-frequency adjusted), nickname, one edit, Jaro–Winkler, sounds alike, initial, swapped with family name. */
    public static Comparison givenName() {
        return new Comparison("given_name", List.of(PatientField.GIVEN_NAME, PatientField.FAMILY_NAME), levels(
                exactTf(0.60, 0.005),
                level(new NicknameEqual(), 0.05, 0.002),
                level(new DamerauLevenshteinAtMost(1), 0.10, 0.005),
                level(new JaroWinklerAtLeast(0.9), 0.07, 0.01),
                level(new PhoneticEqual(PhoneticAlgorithm.DOUBLE_METAPHONE), 0.04, 0.02),
                level(new InitialOnly(), 0.04, 0.03),
                level(new NamesSwapped(), 0.02, 0.0005)));
    }

    /** middle_name: exact, initial, Jaro–Winkler. */
    public static Comparison middleName() {
        return single(PatientField.MIDDLE_NAME,
                level(new Exact(), 0.60, 0.02),
                level(new InitialOnly(), 0.20, 0.08),
                level(new JaroWinklerAtLeast(0.9), 0.10, 0.02));
    }

    /** family_name: exact (term-frequency adjusted), one edit, Jaro–Winkler, sounds alike. */
    public static Comparison familyName() {
        return single(PatientField.FAMILY_NAME,
                exactTf(0.70, 0.003),
                level(new DamerauLevenshteinAtMost(1), 0.10, 0.004),
                level(new JaroWinklerAtLeast(0.92), 0.06, 0.008),
                level(new PhoneticEqual(PhoneticAlgorithm.DOUBLE_METAPHONE), 0.04, 0.02),
                level(new JaroWinklerAtLeast(0.8), 0.04, 0.05));
    }

    /**
     * birth_date, date-aware levels only: exact, day/month transposed, same year and month (a typo in the
     * day), year off by up to 10 with the same month and day (a typo in the last year digits), within 365
     * days (a month typo), else. There is no edit-distance level on the ISO text: a typed digit in the day,
     * the month or the last year digits already lands on the levels above, and placed before them a string
     * level would take their pairs. The bundled default model keeps these levels in this order and adds,
     * deliberately and after them, a trained "one digit typo" level for what is left (1972 / 1872).
     */
    public static Comparison birthDate() {
        return single(PatientField.BIRTH_DATE,
                level(new DateExact(), 0.90, 0.0001),
                level(new DateDayMonthTransposed(), 0.01, 0.00001),
                level(new DateSameYearMonth(), 0.02, 0.001),
                level(new DateYearOffBy(10), 0.02, 0.0006),
                level(new DateWithinDays(365), 0.01, 0.02));
    }

    /** sex: exact. */
    public static Comparison sex() {
        return single(PatientField.SEX, level(new Exact(), 0.97, 0.5));
    }

    /** address_line: exact, most words shared, Jaro–Winkler, some words shared. */
    public static Comparison address() {
        return single(PatientField.ADDRESS_LINE,
                level(new Exact(), 0.50, 0.0005),
                level(new TokenOverlapAtLeast(0.6), 0.20, 0.002),
                level(new JaroWinklerAtLeast(0.9), 0.10, 0.005),
                level(new TokenOverlapAtLeast(0.3), 0.10, 0.03));
    }

    /** city: exact (term-frequency adjusted), Jaro–Winkler. */
    public static Comparison city() {
        return single(PatientField.CITY,
                exactTf(0.80, 0.05),
                level(new JaroWinklerAtLeast(0.9), 0.10, 0.01));
    }

    /** state: exact. */
    public static Comparison state() {
        return single(PatientField.STATE, level(new Exact(), 0.90, 0.15));
    }

    /** postal_code: exact (term-frequency adjusted), one edit. */
    public static Comparison postalCode() {
        return single(PatientField.POSTAL_CODE,
                exactTf(0.80, 0.02),
                level(new DamerauLevenshteinAtMost(1), 0.10, 0.05));
    }

    /** phone: exact, one edit. */
    public static Comparison phone() {
        return single(PatientField.PHONE,
                level(new Exact(), 0.75, 0.0001),
                level(new DamerauLevenshteinAtMost(1), 0.10, 0.0005));
    }

    /** national_id: exact, one edit (a typed or swapped digit). */
    public static Comparison nationalId() {
        return single(PatientField.NATIONAL_ID,
                level(new Exact(), 0.85, 0.00001),
                level(new DamerauLevenshteinAtMost(1), 0.10, 0.0002));
    }

    /** email: exact, Jaro–Winkler. */
    public static Comparison email() {
        return single(PatientField.EMAIL,
                level(new Exact(), 0.80, 0.0001),
                level(new JaroWinklerAtLeast(0.9), 0.05, 0.001));
    }

    /** The standard comparisons for patients, in a stable order. */
    public static List<Comparison> standardPatientComparisons() {
        return List.of(givenName(), middleName(), familyName(), birthDate(), sex(), address(), city(), state(),
                postalCode(), phone(), nationalId(), email());
    }

    /**
     * A level list: the null level, the given levels, then else with m and u taking what is left of 1
     * (so m and u each sum to 1 over the non-null levels).
     */
    public static List<ComparisonLevel> levels(ComparisonLevel... middle) {
        List<ComparisonLevel> levels = new ArrayList<>();
        levels.add(ComparisonLevel.nullLevel());
        double m = 0;
        double u = 0;
        for (ComparisonLevel level : middle) {
            levels.add(level);
            m += level.m();
            u += level.u();
        }
        if (m >= 1 || u >= 1) {
            throw new IllegalArgumentException("levels leave no probability for else: sum m " + m + ", sum u " + u);
        }
        levels.add(ComparisonLevel.of(new Else(), 1 - m, 1 - u));
        return levels;
    }

    public static ComparisonLevel level(LevelCondition condition, double m, double u) {
        return ComparisonLevel.of(condition, m, u);
    }

    private static ComparisonLevel exactTf(double m, double u) {
        return new ComparisonLevel("exact", new Exact(), m, u, true);
    }

    private static Comparison single(PatientField field, ComparisonLevel... middle) {
        return new Comparison(field.column(), List.of(field), levels(middle));
    }
}
