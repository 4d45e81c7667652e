package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueSummaryTest {

    private static final JaroWinkler JARO_WINKLER = new JaroWinkler();
    private static final TokenOverlap TOKEN_OVERLAP = new TokenOverlap();

    private static long[] summaries(String a, String b) {
        String[] dictionary = {a, b};
        return ValueSummary.of(dictionary, CompiledComparison.tokenIds(dictionary));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        // unrelated values are rejected from the summaries alone
        "12 MAIN ST,45 OAK AVE,false,false",
        "JAMES,ROBERT,false,false",
        // near values still need the strings (the bound cannot reject them)
        "12 MAIN ST,12 MAIN STREET,true,true",
        "MARTHA,MARHTA,true,false",
        "APT 3 12 MAIN ST,12 MAIN ST APT 3,true,true"
    })
    void unrelatedValuesAreRejectedWithoutTheirStrings(String a, String b, boolean jaroWinklerMayPass,
            boolean tokensMayPass) {
        long[] summaries = summaries(a, b);
        assertEquals(jaroWinklerMayPass, ValueSummary.jaroWinklerBound(summaries, 0, 1) >= 0.9);
        assertEquals(tokensMayPass, ValueSummary.tokenShareBound(summaries, 0, 1) >= 0.5);
    }

    @Property(tries = 3000)
    void jaroWinklerBoundIsNeverBelowTheSimilarity(@ForAll("values") String a, @ForAll("values") String b) {
        long[] summaries = summaries(a, b);
        double similarity = JARO_WINKLER.similarity(a, b);
        assertTrue(ValueSummary.jaroWinklerBound(summaries, 0, 1) >= similarity, a + " / " + b);
        assertTrue(ValueSummary.jaroWinklerBound(summaries, 1, 0) >= similarity, b + " / " + a);
    }

    @Property(tries = 3000)
    void tokenShareBoundIsNeverBelowTheShare(@ForAll("values") String a, @ForAll("values") String b) {
        long[] summaries = summaries(a, b);
        double share = TOKEN_OVERLAP.similarity(a, b);
        assertTrue(ValueSummary.tokenShareBound(summaries, 0, 1) >= share, a + " / " + b);
        assertTrue(ValueSummary.tokenShareBound(summaries, 1, 0) >= share, b + " / " + a);
    }

    /** Short values over few characters (so pairs are often similar), with digits, spaces and others. */
    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withChars("ABEMNST 0129-É").ofMinLength(0).ofMaxLength(24);
    }
}
