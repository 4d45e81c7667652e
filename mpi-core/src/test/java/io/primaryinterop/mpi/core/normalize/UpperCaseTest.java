package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpperCaseTest {

    private final UpperCase step = new UpperCase();

    @ParameterizedTest
    @CsvSource({"smith,SMITH", "McDonald,MCDONALD", "istanbul,ISTANBUL", "12 main st,12 MAIN ST"})
    void upperCasesWithTheRootLocale(String input, String expected) {
        assertEquals(expected, step.apply(input));
    }

    @Property
    void isIdempotent(@ForAll @AlphaChars @NumericChars String value) {
        String once = step.apply(value);
        assertEquals(once, step.apply(once));
    }
}
