package io.primaryinterop.mpi.datasets.generator;

import io.primaryinterop.mpi.core.record.PatientField;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How one source system writes a patient down: its conventions (case, phone and SSN format, street type
 * abbreviations) and how often it leaves a field empty. Registries differ here, and a matcher must not
 * mistake a convention for a disagreement.
 *
 * @param name              the source code written to the {@code source} column
 * @param weight            share of records from this source (relative)
 * @param upperCase         names and address in upper case
 * @param sexAsWord         {@code male}/{@code female} instead of {@code M}/{@code F}
 * @param phoneFormat       how phone numbers are written
 * @param ssnDashes         national id as {@code 123-45-6789} rather than 9 digits
 * @param abbreviateStreet  probability of writing {@code St} rather than {@code Street}
 * @param missing           probability that the source leaves each field empty
 */
public record SourceStyle(String name, double weight, boolean upperCase, boolean sexAsWord, PhoneFormat phoneFormat,
                          boolean ssnDashes, double abbreviateStreet, Map<PatientField, Double> missing) {

    /** Phone number layouts seen in registries. */
    public enum PhoneFormat {
        PARENTHESES, DASHES, DIGITS, INTERNATIONAL;

        String format(String digits) {
            String area = digits.substring(0, 3);
            String exchange = digits.substring(3, 6);
            String line = digits.substring(6);
            return switch (this) {
                case PARENTHESES -> "(" + area + ") " + exchange + "-" + line;
                case DASHES -> area + "-" + exchange + "-" + line;
                case DIGITS -> digits;
                case INTERNATIONAL -> "+1 " + area + "." + exchange + "." + line;
            };
        }
    }

    public SourceStyle {
        if (name == null || !name.matches("[A-Z0-9_]+")) {
            throw new IllegalArgumentException("source name must be upper-case letters, digits or _: " + name);
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("source weight must be > 0 for " + name + ": " + weight);
        }
        missing = Map.copyOf(missing);
        missing.forEach((field, rate) -> {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("missing rate of " + field.column() + " for source " + name
                        + " must be in [0,1]: " + rate);
            }
        });
    }

    /** The four sources of the built-in scenario: a hospital, a lab, a clinic and an HIE feed. */
    public static List<SourceStyle> standard() {
        return List.of(
                new SourceStyle("HOSP_A", 35, false, false, PhoneFormat.PARENTHESES, true, 0.1, Map.of(
                        PatientField.MIDDLE_NAME, 0.35, PatientField.EMAIL, 0.6, PatientField.NATIONAL_ID, 0.3,
                        PatientField.PHONE, 0.08, PatientField.ADDRESS_LINE, 0.02, PatientField.COUNTRY, 0.05)),
                new SourceStyle("LAB_B", 25, true, false, PhoneFormat.DIGITS, false, 0.8, Map.of(
                        PatientField.MIDDLE_NAME, 0.7, PatientField.EMAIL, 0.92, PatientField.NATIONAL_ID, 0.7,
                        PatientField.PHONE, 0.2, PatientField.ADDRESS_LINE, 0.3, PatientField.CITY, 0.2,
                        PatientField.STATE, 0.1, PatientField.POSTAL_CODE, 0.05, PatientField.COUNTRY, 0.6)),
                new SourceStyle("CLINIC_C", 25, false, false, PhoneFormat.DASHES, true, 0.6, Map.of(
                        PatientField.MIDDLE_NAME, 0.5, PatientField.EMAIL, 0.45, PatientField.NATIONAL_ID, 0.5,
                        PatientField.PHONE, 0.05, PatientField.ADDRESS_LINE, 0.04, PatientField.COUNTRY, 0.3)),
                new SourceStyle("HIE_D", 15, true, true, PhoneFormat.INTERNATIONAL, false, 0.4, Map.of(
                        PatientField.MIDDLE_NAME, 0.4, PatientField.EMAIL, 0.75, PatientField.NATIONAL_ID, 0.45,
                        PatientField.PHONE, 0.15, PatientField.ADDRESS_LINE, 0.08, PatientField.SEX, 0.03,
                        PatientField.COUNTRY, 0.1)));
    }

    /**
     * Writes a person as this source would, into a fresh draft. {@code missingScale} scales the missing rates
     * (a profile's knob).
     */
    public RecordDraft write(Person person, double missingScale, SplittableRandom random) {
        RecordDraft draft = new RecordDraft(person);
        draft.set(PatientField.SOURCE, name);
        set(draft, PatientField.GIVEN_NAME, cased(person.givenName()), missingScale, random);
        set(draft, PatientField.MIDDLE_NAME, person.middleName() == null ? "" : cased(person.middleName()), missingScale, random);
        set(draft, PatientField.FAMILY_NAME, cased(person.familyName()), missingScale, random);
        String sex = sexAsWord ? (person.sex() == 'M' ? "male" : "female") : String.valueOf(person.sex());
        set(draft, PatientField.SEX, sex, missingScale, random);
        set(draft, PatientField.BIRTH_DATE, person.birthDate().toString(), missingScale, random);
        set(draft, PatientField.ADDRESS_LINE, cased(addressLine(person, random)), missingScale, random);
        set(draft, PatientField.CITY, cased(person.place().city()), missingScale, random);
        set(draft, PatientField.STATE, person.place().state(), missingScale, random);
        set(draft, PatientField.POSTAL_CODE, person.place().zip(), missingScale, random);
        set(draft, PatientField.COUNTRY, "US", missingScale, random);
        set(draft, PatientField.PHONE, phoneFormat.format(person.phone()), missingScale, random);
        set(draft, PatientField.EMAIL, person.email() == null ? "" : person.email(), missingScale, random);
        String ssn = person.nationalId();
        set(draft, PatientField.NATIONAL_ID,
                ssnDashes ? ssn.substring(0, 3) + "-" + ssn.substring(3, 5) + "-" + ssn.substring(5) : ssn,
                missingScale, random);
        return draft;
    }

    private String addressLine(Person person, SplittableRandom random) {
        StreetType type = person.streetType();
        String typeText = random.nextDouble() < abbreviateStreet ? type.abbreviation() : type.name();
        String line = person.houseNumber() + " " + person.street() + " " + typeText;
        return person.unit() == null ? line : line + ", " + person.unit();
    }

    private String cased(String value) {
        return upperCase ? value.toUpperCase(java.util.Locale.ROOT) : value;
    }

    private void set(RecordDraft draft, PatientField field, String value, double missingScale, SplittableRandom random) {
        Double rate = missing.get(field);
        boolean drop = rate != null && random.nextDouble() < Math.min(1.0, rate * missingScale);
        draft.set(field, drop ? "" : value);
    }
}
