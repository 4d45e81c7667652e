package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LowerCaseTest {

    private final LowerCase step = new LowerCase();

    @ParameterizedTest
    @CsvSource({"John.Smith@Example.COM,john.smith@example.com", "INFO@X.ORG,info@x.org"})
    void lowerCasesEmailAddresses(String input, String expected) {
        assertEquals(expected, step.apply(input));
    }

    @Property
    void isIdempotent(@ForAll @AlphaChars @Chars({'@', '.'}) String value) {
        String once = step.apply(value);
        assertEquals(once, step.apply(once));
    }
}
