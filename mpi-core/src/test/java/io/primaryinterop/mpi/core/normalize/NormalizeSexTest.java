package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizeSexTest {

    private final NormalizeSex step = new NormalizeSex();

    @ParameterizedTest
    @CsvSource({"M,M", "m,M", "Male,M", "MALE,M", "f,F", "female,F", "Woman,F", "O,O", "other,O", "' F ',F"})
    void mapsAdministrativeSexToOneLetter(String input, String expected) {
        assertEquals(expected, step.apply(input));
        assertEquals(expected, step.apply(step.apply(input)), "idempotent");
    }

    @ParameterizedTest
    @CsvSource({"U", "unknown", "?", "N/A", "2"})
    void unknownOrUnrecognisedIsNull(String input) {
        assertNull(step.apply(input));
    }
}
