package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitsOnlyTest {

    private final DigitsOnly step = new DigitsOnly();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(672) 869-6504|6728696504", "345-35-4434|345354434", "03 51056140|0351056140",
        "+1 555.010.0199|15550100199", "none|''"})
    void keepsDigitsOnly(String input, String expected) {
        assertEquals(expected, step.apply(input));
    }

    @Property
    void isIdempotent(@ForAll String value) {
        String once = step.apply(value);
        assertEquals(once, step.apply(once));
    }
}
