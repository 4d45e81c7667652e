package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldAccentsTest {

    private final FoldAccents step = new FoldAccents();

    @ParameterizedTest
    @CsvSource({
        "José,Jose", "MÜLLER,MULLER", "Zoë,Zoe", "Straße,Strasse", "Øyvind,Oyvind", "Łukasz,Lukasz",
        "Ægir,AEgir", "François,Francois", "Nguyễn,Nguyen", "plain,plain", "Đorđe,Dorde"
    })
    void foldsLatinLettersToAscii(String input, String expected) {
        assertEquals(expected, step.apply(input));
    }

    @ParameterizedTest
    @CsvSource({"Smith", "O'BRIEN", "12 Main St"})
    void returnsAsciiInputUnchanged(String input) {
        assertSame(input, step.apply(input));
    }

    @Property
    void isIdempotent(@ForAll String value) {
        String once = step.apply(value);
        assertEquals(once, step.apply(once));
    }
}
