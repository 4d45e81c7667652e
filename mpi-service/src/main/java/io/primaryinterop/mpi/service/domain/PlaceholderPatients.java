package io.primaryinterop.mpi.service.domain;

import io.primaryinterop.mpi.core.normalize.Placeholders;
import io.primaryinterop.mpi.core.record.PatientField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognizes placeholder patients: a stand-in whole name ({@code JOHN DOE}), given name, family name
 * or birth date ({@code 1900-01-01}). Names are compared upper-cased with punctuation as spaces, so
 * {@code "Doe, John"} style differences in case and punctuation do not matter.
 */
public final class PlaceholderPatients {

    /** Whole names (given then family). */
    public static final List<String> DEFAULT_NAMES = List.of("JOHN DOE", "JANE DOE", "BABY BOY", "BABY GIRL",
            "UNKNOWN UNKNOWN", "TEST PATIENT", "PATIENT UNKNOWN");
    /** The engine's default stand-ins for given and family names (core.normalize.Placeholders). */
    public static final List<String> DEFAULT_GIVEN_NAMES = engineDefaults(PatientField.GIVEN_NAME);
    public static final List<String> DEFAULT_FAMILY_NAMES = engineDefaults(PatientField.FAMILY_NAME);
    public static final List<String> DEFAULT_BIRTH_DATES = engineDefaults(PatientField.BIRTH_DATE);

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> names;
    private final Set<String> givenNames;
    private final Set<String> familyNames;
    private final Set<String> birthDates;

    public PlaceholderPatients(List<String> names, List<String> givenNames, List<String> familyNames, List<String> birthDates) {
        this.names = normalized(names);
        this.givenNames = normalized(givenNames);
        this.familyNames = normalized(familyNames);
        this.birthDates = birthDates.stream().map(String::trim).collect(Collectors.toUnmodifiableSet());
    }

    public static PlaceholderPatients defaults() {
        return new PlaceholderPatients(DEFAULT_NAMES, DEFAULT_GIVEN_NAMES, DEFAULT_FAMILY_NAMES, DEFAULT_BIRTH_DATES);
    }

    public boolean isPlaceholder(RecordFields r) {
        String given = normalize(r.givenName());
        String family = normalize(r.familyName());
        if (given != null && givenNames.contains(given) || family != null && familyNames.contains(family)) {
            return true;
        }
        if (given != null && family != null && names.contains(given + " " + family)) {
            return true;
        }
        return r.birthDate() != null && birthDates.contains(r.birthDate().trim());
    }

    private static List<String> engineDefaults(PatientField field) {
        return Placeholders.defaults().values().getOrDefault(field, Set.of()).stream().sorted().toList();
    }

    private static Set<String> normalized(List<String> values) {
        return values.stream().map(PlaceholderPatients::normalize).filter(v -> v != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String v = NOT_LETTER_OR_DIGIT.matcher(value.toUpperCase(Locale.ROOT)).replaceAll(" ").trim();
        return v.isEmpty() ? null : v;
    }
}
