package io.primaryinterop.mpi.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameGivenNameTest {

    private final SameGivenName same = new SameGivenName(GeneratorTables.builtIn().nicknames());

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "Sarah, SARAH, true",      // one name, any case
            "Sara, Sarah, true",       // one name spelt two ways
            "Teresa, Theresa, true",
            "Brian, Bryan, true",
            "Kathleen, Kathy, true",   // a nickname of the other
            "Kathy, Kathleen, true",
            "Elizabeth, Eliza, true",
            "Kathleen, Katherine, true", // both go by Kathy
            "Mason, Jason, false",     // names that rhyme are other names
            "Kayla, Layla, false",
            "Ryan, Bryan, false",
            "John, Jane, false",
            "Maria, Mario, true",      // the test is by spelling, not sex: a brother gets another name than Mario
            "Sarah, , false",          // no name to be the same as
    })
    void tellsOneNameFromAnother(String a, String b, boolean expected) {
        assertEquals(expected, same.test(a, b));
        assertEquals(expected, same.test(b, a), "symmetric");
    }
}
