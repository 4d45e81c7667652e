package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackedTextTest {

    @ParameterizedTest
    @CsvSource({"SMITH,true", "6728696504,true", "MARY ANN,true", "'',true", "ABCDEFGHIJK,false", "O-BRIEN,true",
        "1972-03-13,true", "O'BRIEN,false", "smith,false"})
    void packsShortValuesOfLettersDigitsSpacesAndHyphens(String value, boolean packable) {
        assertEquals(packable, PackedText.pack(value) != PackedText.NOT_PACKED);
    }

    @ParameterizedTest
    @CsvSource({"MARTHA,MARHTA,true,1", "MARTHA,MARHTA,false,-1", "SMITH,SMYTH,false,1", "JON,JOHN,false,1",
        "6728696504,6728696540,true,1", "12345,12345,false,0", "A,'',true,1", "AB,BA,true,1", "ABC,CBA,true,-1",
        "1972-03-13,1972-03-18,false,1", "1972-03-13,1982-03-18,false,-1", "1972-03-13,1972-03-13,false,0"})
    void atMostOneEditMatchesTheStringForm(String a, String b, boolean transpositions, int expected) {
        assertEquals(expected, PackedText.withinOne(PackedText.pack(a), PackedText.pack(b), transpositions));
    }

    @Property(tries = 3000)
    void agreesWithEditDistanceOnEveryPackableValue(
            @ForAll @CharRange(from = 'A', to = 'C') @CharRange(from = '0', to = '1') @CharRange(from = ' ', to = ' ') @CharRange(from = '-', to = '-')
            @StringLength(max = 10) String a,
            @ForAll @CharRange(from = 'A', to = 'C') @CharRange(from = '0', to = '1') @CharRange(from = ' ', to = ' ') @CharRange(from = '-', to = '-')
            @StringLength(max = 10) String b,
            @ForAll boolean transpositions) {
        assertEquals(EditDistance.distance(a, b, 1, transpositions),
                PackedText.withinOne(PackedText.pack(a), PackedText.pack(b), transpositions));
    }
}
