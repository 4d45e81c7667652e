package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlphanumericOnlyTest {

    private final AlphanumericOnly step = new AlphanumericOnly();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"SW1A 1AA|SW1A1AA", "23268-1234|232681234", "K1A 0B1|K1A0B1", " 4011|4011"})
    void keepsAsciiLettersAndDigits(String input, String expected) {
        assertEquals(expected, step.apply(input));
    }

    @Property
    void isIdempotent(@ForAll String value) {
        String once = step.apply(value);
        assertEquals(once, step.apply(once));
    }
}
