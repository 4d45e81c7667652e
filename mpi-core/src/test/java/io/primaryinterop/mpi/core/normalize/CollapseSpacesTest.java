package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollapseSpacesTest {

    private final CollapseSpaces step = new CollapseSpaces();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'  MARY   ANN '|MARY ANN", "'A \u00a0 B'|A B", "'NONE'|NONE", "'   '|''"})
    void trimsAndCollapsesWhitespace(String input, String expected) {
        assertEquals(expected, step.apply(input));
    }

    @Property
    void isIdempotent(@ForAll String value) {
        String once = step.apply(value);
        assertEquals(once, step.apply(once));
    }

    @Property
    void leavesNoDoubleSpaces(@ForAll String value) {
        assertFalse(step.apply(value).contains("  "));
    }
}
