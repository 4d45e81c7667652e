package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseDateTest {

    private final ParseDate defaults = ParseDate.defaults();

    @ParameterizedTest
    @CsvSource({
        "1972-03-13,1972-03-13", "19720313,1972-03-13", "1972/03/13,1972-03-13", "3/13/1972,1972-03-13",
        "03/13/1972,1972-03-13", "' 1972-03-13 ',1972-03-13", "2000-02-29,2000-02-29"
    })
    void parsesTheDeclaredPatternsToIso(String input, String expected) {
        assertEquals(expected, defaults.apply(input));
    }

    @ParameterizedTest
    @CsvSource({"19162429", "1972-02-30", "1900-02-29", "13/13/1972", "yesterday", "1972-3-13x", "00000000"})
    void impossibleOrUndeclaredDatesAreUnknown(String input) {
        assertNull(defaults.apply(input));
    }

    @ParameterizedTest
    @CsvSource({"193O-12-05,1930-12-05", "1987-O9-10,1987-09-10", "l972-03-13,1972-03-13", "1972-O3-1Z,1972-03-12",
        "3/l3/l972,1972-03-13", "2O0105OG,2001-05-06"})
    void readsDigitsAScannerTookForLetters(String input, String expected) {
        assertEquals(expected, defaults.apply(input));
    }

    @ParameterizedTest
    @CsvSource({"1972-O2-30", "SOON", "19OO-13-01"})
    void anImpossibleDateStaysUnknownAfterTheOcrReading(String input) {
        assertNull(defaults.apply(input));
    }

    @Test
    void usesOnlyTheDeclaredPatterns() {
        ParseDate european = new ParseDate(List.of("dd.MM.yyyy", "ddMMyyyy"));
        assertEquals("1972-03-13", european.apply("13.03.1972"));
        assertEquals("1972-03-13", european.apply("13031972"));
        assertEquals("1972-03-13", european.apply("1972-03-13"), "ISO is always accepted");
        assertNull(european.apply("3/13/1972"));
    }

    @Test
    void rejectsAPatternThatDoesNotCompile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ParseDate(List.of("yyyy-bb")));
        assertTrue(e.getMessage().contains("yyyy-bb"), e.getMessage());
    }

    @Test
    void isoEpochDayMatchesLocalDate() {
        assertEquals(LocalDate.of(1972, 3, 13).toEpochDay(), ParseDate.isoEpochDay("1972-03-13"));
        assertEquals(ParseDate.NULL_EPOCH_DAY, ParseDate.isoEpochDay("1972-13-03"));
        assertEquals(ParseDate.NULL_EPOCH_DAY, ParseDate.isoEpochDay(null));
    }

    @Property
    void anyRealDateRoundTripsInEveryDefaultShape(@ForAll @IntRange(min = -40000, max = 40000) int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String iso = date.toString();
        assertEquals(iso, defaults.apply(iso));
        assertEquals(iso, defaults.apply(iso.replace("-", "")));
        assertEquals(iso, defaults.apply(date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear()));
    }

    @Property
    void isIdempotent(@ForAll String value) {
        String once = defaults.apply(value);
        if (once != null) {
            assertEquals(once, defaults.apply(once));
        }
    }
}
