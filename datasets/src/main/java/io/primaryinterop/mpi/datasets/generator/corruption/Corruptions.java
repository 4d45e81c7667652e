package io.primaryinterop.mpi.datasets.generator.corruption;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.Corruption;
import io.primaryinterop.mpi.datasets.generator.GeneratorTables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of corruptions by the name a profile gives their rate. The order is the order they are
 * applied in: life events first (a move, a marriage), then how the name is given, then typing errors, then
 * formatting, and gaps and placeholders last so that nothing writes over them.
 */
public final class Corruptions {

    /** Every corruption name, in application order. */
    public static final List<String> NAMES = List.of(
            "moved_address", "marriage_surname", "given_family_swap", "middle_as_first", "hyphenated_surname_part",
            "nickname", "initial", "phonetic", "keyboard_typo", "ocr_error", "day_month_transposition",
            "date_digit_typo", "national_id_digit_typo", "postal_code_digit_typo", "phone_digit_typo",
            "street_type_abbreviation", "case_punctuation", "missing_value", "placeholder_value");

    private Corruptions() {
    }

    /** Every corruption, keyed by name, in application order, drawing on the given tables. */
    public static Map<String, Corruption> standard(GeneratorTables tables) {
        Map<String, Corruption> all = new LinkedHashMap<>();
        all.put("moved_address", new MovedAddress(tables));
        all.put("marriage_surname", new MarriageSurnameChange(tables.surnames()));
        all.put("given_family_swap", new GivenFamilySwap());
        all.put("middle_as_first", new MiddleNameAsFirst());
        all.put("hyphenated_surname_part", new HyphenatedSurnamePart());
        all.put("nickname", new NicknameSubstitution(tables.nicknames()));
        all.put("initial", new Initial());
        all.put("phonetic", new PhoneticMisspelling(tables.phoneticRules()));
        all.put("keyboard_typo", new KeyboardTypo());
        all.put("ocr_error", new OcrError(tables.ocrConfusions()));
        all.put("day_month_transposition", new DayMonthTransposition());
        all.put("date_digit_typo", new DateDigitTypo());
        all.put("national_id_digit_typo", new DigitTypo(PatientField.NATIONAL_ID));
        all.put("postal_code_digit_typo", new DigitTypo(PatientField.POSTAL_CODE));
        all.put("phone_digit_typo", new DigitTypo(PatientField.PHONE));
        all.put("street_type_abbreviation", new StreetTypeAbbreviation(tables.streetTypes().items()));
        all.put("case_punctuation", new CaseAndPunctuation());
        all.put("missing_value", new MissingValue());
        all.put("placeholder_value", new PlaceholderValue());
        if (!List.copyOf(all.keySet()).equals(NAMES)) {
            throw new AssertionError("corruption registry and NAMES differ");
        }
        return all;
    }
}
