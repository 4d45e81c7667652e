package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticAlgorithmTest {

    @ParameterizedTest
    @CsvSource({
        "SOUNDEX,ROBERT,R163", "SOUNDEX,RUPERT,R163", "DOUBLE_METAPHONE,SMITH,SM0", "DOUBLE_METAPHONE,SCHMIDT,XMT",
        "METAPHONE,THOMPSON,0MPS", "NYSIIS,MACINTOSH,MCANT"
    })
    void encodesWithCommonsCodec(PhoneticAlgorithm algorithm, String value, String expected) {
        assertEquals(expected, algorithm.encode(value));
    }

    @ParameterizedTest
    @CsvSource({"SOUNDEX", "DOUBLE_METAPHONE", "METAPHONE", "NYSIIS"})
    void aValueWithoutACodeIsNull(PhoneticAlgorithm algorithm) {
        assertNull(algorithm.encode(null));
        assertNull(algorithm.encode("123"));
    }
}
