package io.primaryinterop.mpi.core.normalize;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Normalizes whole records, once, at load: one {@link FieldNormalizer} chain per field, then
 * {@link Placeholders} become {@code null} and are flagged. Immutable and thread-safe.
 */
public final class RecordNormalizer {

    private final FieldNormalizer[] chains = new FieldNormalizer[PatientField.COUNT];
    private final Placeholders placeholders;

    public RecordNormalizer(Map<PatientField, FieldNormalizer> chains, Placeholders placeholders) {
        for (PatientField field : PatientField.values()) {
            FieldNormalizer chain = chains.get(field);
            if (chain == null) {
                throw new IllegalArgumentException("no normalizer for field " + field.column());
            }
            this.chains[field.ordinal()] = chain;
        }
        this.placeholders = placeholders;
    }

    /** The standard chains with the default date patterns and placeholders. */
    public static RecordNormalizer standard() {
        return standard(ParseDate.DEFAULT_PATTERNS, Placeholders.defaults());
    }

    /** The standard chains with declared birth-date patterns and a placeholder set. */
    public static RecordNormalizer standard(List<String> datePatterns, Placeholders placeholders) {
        return new RecordNormalizer(standardChains(datePatterns), placeholders);
    }

    /** The standard chain of every field (see docs/normalization-and-comparisons.md). */
    public static Map<PatientField, FieldNormalizer> standardChains(List<String> datePatterns) {
        FieldNormalizer name = FieldNormalizer.of("name", new FoldAccents(), new UpperCase(),
                StripPunctuation.forNames(), new CollapseSpaces());
        FieldNormalizer text = FieldNormalizer.of("text", new FoldAccents(), new UpperCase(),
                StripPunctuation.toSpaces(), new CollapseSpaces());
        FieldNormalizer identifier = FieldNormalizer.of("identifier", new CollapseSpaces());
        FieldNormalizer digits = FieldNormalizer.of("digits", new OcrDigits(), new DigitsOnly());
        Map<PatientField, FieldNormalizer> chains = new EnumMap<>(PatientField.class);
        chains.put(PatientField.RECORD_ID, identifier);
        chains.put(PatientField.SOURCE, identifier);
        chains.put(PatientField.GIVEN_NAME, name);
        chains.put(PatientField.MIDDLE_NAME, name);
        chains.put(PatientField.FAMILY_NAME, name);
        chains.put(PatientField.SEX, FieldNormalizer.of("sex", new NormalizeSex()));
        chains.put(PatientField.BIRTH_DATE, FieldNormalizer.of("date", new ParseDate(datePatterns)));
        chains.put(PatientField.ADDRESS_LINE, text);
        chains.put(PatientField.CITY, text);
        chains.put(PatientField.STATE, text);
        chains.put(PatientField.POSTAL_CODE, FieldNormalizer.of("postal code", new FoldAccents(),
                new AlphanumericOnly(), new UpperCase(), new TrimZipPlusFour()));
        chains.put(PatientField.COUNTRY, FieldNormalizer.of("country", new FoldAccents(), new UpperCase(),
                new AlphanumericOnly()));
        chains.put(PatientField.PHONE, digits);
        chains.put(PatientField.EMAIL, FieldNormalizer.of("email", new LowerCase(), new CollapseSpaces()));
        chains.put(PatientField.NATIONAL_ID, digits);
        return chains;
    }

    public Placeholders placeholders() {
        return placeholders;
    }

    /** The chain for one field. */
    public FieldNormalizer chain(PatientField field) {
        return chains[field.ordinal()];
    }

    /** One field's normalized value; a placeholder is {@code null}. */
    public String normalize(PatientField field, String raw) {
        String value = chains[field.ordinal()].apply(raw);
        return value != null && placeholders.isPlaceholder(field, value) ? null : value;
    }

    public NormalizedRecord normalize(PatientRecord record) {
        String[] values = new String[PatientField.COUNT];
        int mask = 0;
        for (PatientField field : PatientField.values()) {
            String value = chains[field.ordinal()].apply(field.get(record));
            if (value != null && placeholders.isPlaceholder(field, value)) {
                value = null;
                mask |= 1 << field.ordinal();
            }
            values[field.ordinal()] = value;
        }
        if (values[PatientField.RECORD_ID.ordinal()] == null) {
            throw new IllegalArgumentException("a patient record needs a record_id");
        }
        return NormalizedRecord.fromValues(values, mask);
    }
}
