package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrimZipPlusFourTest {

    private final TrimZipPlusFour step = new TrimZipPlusFour();

    @ParameterizedTest
    @CsvSource({"232681234,23268", "23268,23268", "SW1A1AA,SW1A1AA", "4011,4011", "A32681234,A32681234"})
    void nineDigitZipKeepsItsFiveDigitZip(String input, String expected) {
        assertEquals(expected, step.apply(input));
    }

    @Property
    void isIdempotent(@ForAll @NumericChars String value) {
        String once = step.apply(value);
        assertEquals(once, step.apply(once));
    }
}
