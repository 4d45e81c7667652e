package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StripPunctuationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "O'Brien|O Brien", "Boyd-Brooks|Boyd Brooks", "St. John|St John", "Mary-Ann (Annie)|Mary Ann Annie",
        "D’Angelo|D Angelo", "Smith|Smith", "J.R.R.|JRR"
    })
    void namesKeepHyphenAndApostropheAsWordBreaks(String input, String expected) {
        assertEquals(expected, StripPunctuation.forNames().apply(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "206 Valley Ave,Apt 3|206 Valley Ave Apt 3", "12/B Main St.|'12 B Main St '", "P.O. Box 7|'P O  Box 7'"
    })
    void addressPunctuationBecomesSpaces(String input, String expected) {
        assertEquals(expected, StripPunctuation.toSpaces().apply(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a letter outside the BMP stays; a lone surrogate is no letter; halves kept apart by a mark do not join
        "\uD84A\uDC4A|\uD84A\uDC4A", "a\uD84Ab|ab", "\uD84A!\uDC4A|''"
    })
    void treatsCharactersOutsideTheBasicPlaneWhole(String input, String expected) {
        assertEquals(expected, StripPunctuation.forNames().apply(input));
    }

    @Property
    void isIdempotent(@ForAll String value) {
        StripPunctuation step = StripPunctuation.forNames();
        String once = step.apply(value);
        assertEquals(once, step.apply(once));
    }
}
