package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NicknameTableTest {

    private static final NicknameTable BUILT_IN = NicknameTable.builtIn();

    @ParameterizedTest
    @CsvSource({
        "BOB,ROBERT,true", "bob,Robert,true", "BOBBY,ROB,true", "BILL,WILLIAM,true", "PEGGY,MARGARET,true",
        "RON,AARON,false", "RON,RONALD,true", "LIZ,BETH,true", "ROBERT,WILLIAM,false", "ZYX,ZYX,true",
        "ZYX,ZYXW,false", "ALEX,ALEXANDRA,true", "ALEXANDER,ALEXANDRA,false", "NATE,NATHAN,true", "ELI,ELIJAH,true",
        "CHRIS,CHRISTIAN,true", "IZZY,ISABELLA,true", "TONY,ANTONIO,true", "RONNIE,VERONICA,true", "VERONICA,RONALD,false"
    })
    void namesSharingAFormalNameAreEquivalent(String a, String b, boolean expected) {
        assertEquals(expected, BUILT_IN.equivalent(a, b));
    }

    @Test
    void theBuiltInTableHasSomeHundredsOfPairs() {
        assertTrue(BUILT_IN.groupCount() > 150, BUILT_IN.toString());
        assertTrue(BUILT_IN.names().size() > 350, BUILT_IN.toString());
    }

    @Test
    void aFormalNameIsItsOwnCanonicalGroup() {
        int robert = BUILT_IN.canonicalGroup("ROBERT");
        assertEquals("ROBERT", BUILT_IN.formalName(robert));
        assertEquals(robert, BUILT_IN.canonicalGroup("Bobby"));
        assertEquals(-1, BUILT_IN.canonicalGroup("XQZ"));
    }

    @Test
    void readsThePublicPairFormat(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("names.csv");
        Files.write(file, List.of("name1,relationship,name2", "aaron,has_nickname,ron", "ronald,has_nickname,ron",
                "ronald,has_nickname,ronnie"));
        NicknameTable table = NicknameTable.read(file);
        assertTrue(table.equivalent("RON", "RONNIE"));
        assertTrue(table.equivalent("AARON", "RON"));
        assertFalse(table.equivalent("AARON", "RONALD"), "no transitive merging through a shared nickname");
    }

    @Test
    void aMalformedLineNamesItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("names.csv");
        Files.write(file, List.of("name1,relationship,name2", "aaron,has_nickname"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NicknameTable.read(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Property
    void equivalenceIsSymmetricAndReflexive(@ForAll("names") String a, @ForAll("names") String b) {
        assertEquals(BUILT_IN.equivalent(a, b), BUILT_IN.equivalent(b, a));
        assertTrue(BUILT_IN.equivalent(a, a));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(BUILT_IN.names());
    }
}
