package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrDigitsTest {

    private final OcrDigits step = new OcrDigits();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "193O-12-05|1930-12-05", "1987-O9-10|1987-09-10", "72O-27-4944|720-27-4944", "l972-03-13|1972-03-13",
        "1972-O3-1Z|1972-03-12", "5S5-01B0|555-0180", "I23-45-67B9|123-45-6789", "2O01-0S-06|2001-05-06", "2O0l-0S-0G|2O0l-0S-0G"
    })
    void readsLettersAScannerConfusesWithDigitsAsThoseDigits(String input, String expected) {
        assertEquals(expected, step.apply(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "none", "ext 12", "555-0100 ext 12", "QQ123456C", "1-800-FLOWERS", "SOS", "12 DEC 1990", "1990-AUG-12",
        "O1", "1972-03-13", "''"
    })
    void leavesWordsCodesAndCleanValuesAsTheyAre(String input) {
        assertEquals(input, step.apply(input));
    }

    @Property
    void digitsAloneAreUnchanged(@ForAll @NumericChars @StringLength(max = 20) String digits) {
        assertEquals(digits, step.apply(digits));
    }

    @Property
    void isIdempotent(@ForAll String value) {
        String once = step.apply(value);
        assertEquals(once, step.apply(once));
    }
}
