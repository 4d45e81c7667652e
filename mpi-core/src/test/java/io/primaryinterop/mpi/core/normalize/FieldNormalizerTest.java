package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldNormalizerTest {

    private final FieldNormalizer name = FieldNormalizer.of("name", new FoldAccents(), new UpperCase(),
            StripPunctuation.forNames(), new CollapseSpaces());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  José  María |JOSE MARIA", "o'brien|O BRIEN", "Boyd-Brooks|BOYD BROOKS", "Ann--Marie|ANN MARIE", "Zoë|ZOE"
    })
    void appliesTheStepsInOrder(String input, String expected) {
        assertEquals(expected, name.apply(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "'   '", "'.-'", "'!?'"})
    void emptyResultIsNull(String input) {
        assertNull(name.apply(input));
    }

    @Test
    void nullStaysNullAndAStepReturningNullEndsTheChain() {
        assertNull(name.apply(null));
        FieldNormalizer date = FieldNormalizer.of("date", ParseDate.defaults(), new UpperCase());
        assertNull(date.apply("not a date"));
    }

    @Test
    void needsAName() {
        assertThrows(IllegalArgumentException.class, () -> FieldNormalizer.of(" "));
    }

    @Test
    void leavesNonLatinTextDecomposedSoAStrippedMarkChangesNothingTwice() {
        String once = name.apply("\uAC00\uFFFD\u11A8");
        assertEquals("\u1100\u1161\u11A8", once);
        assertEquals(once, name.apply(once));
    }

    @Property
    void isIdempotent(@ForAll String value) {
        String once = name.apply(value);
        if (once != null) {
            assertEquals(once, name.apply(once));
        }
    }
}
