package io.primaryinterop.mpi.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratorTablesTest {

    private final GeneratorTables tables = GeneratorTables.builtIn();

    @Test
    void builtInTablesHaveTheirPromisedSize() {
        assertTrue(tables.surnames().items().size() >= 1000, "about 1,000 surnames");
        assertTrue(tables.places().items().size() >= 300, "a few hundred ZIP codes");
        assertTrue(tables.nicknames().values().stream().mapToInt(java.util.List::size).sum() >= 150, "~150 nickname pairs");
        assertTrue(tables.streets().items().size() >= 100);
        assertTrue(tables.ocrConfusions().size() >= 20);
        assertTrue(tables.phoneticRules().size() >= 30);
    }

    @Test
    void everyZipBelongsToOneCityAndState() {
        java.util.Map<String, String> cityOfZip = new java.util.HashMap<>();
        for (Place place : tables.places().items()) {
            String previous = cityOfZip.put(place.zip(), place.city() + "|" + place.state());
            assertTrue(previous == null || previous.equals(place.city() + "|" + place.state()), place.zip());
            assertTrue(place.areaCode() != null, "built-in places carry an area code");
        }
    }

    @ParameterizedTest
    @CsvSource({"F,1950,Linda,Olivia", "F,2012,Olivia,Linda", "M,1935,Robert,Liam", "M,2015,Liam,Robert"})
    void givenNamesFollowTheBirthDecade(char sex, int year, String frequent, String rare) {
        SplittableRandom random = new SplittableRandom(3);
        int frequentCount = 0;
        int rareCount = 0;
        for (int i = 0; i < 20_000; i++) {
            String name = tables.givenNames().draw(sex, year, random);
            frequentCount += name.equals(frequent) ? 1 : 0;
            rareCount += name.equals(rare) ? 1 : 0;
        }
        assertTrue(frequentCount > 10 * Math.max(rareCount, 1), frequent + " " + frequentCount + " vs " + rare + " " + rareCount);
    }

    @Test
    void surnamesAreDrawnByFrequency() {
        SplittableRandom random = new SplittableRandom(5);
        int smith = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String name = tables.surnames().draw(random);
            seen.add(name);
            smith += name.equals("Smith") ? 1 : 0;
        }
        assertTrue(smith > 300 && smith < 1500, "Smith is about 1% of draws: " + smith);
        assertTrue(seen.size() > 800, "the tail is drawn too: " + seen.size());
    }

    @ParameterizedTest
    @CsvSource({"William,Bill", "Elizabeth,Liz", "margaret,Peggy"})
    void nicknamesAreFoundInAnyCase(String formal, String nickname) {
        assertTrue(tables.nicknamesOf(formal).contains(nickname), tables.nicknamesOf(formal).toString());
    }

    @ParameterizedTest
    @CsvSource({"MARY-ANN,Mary-Ann", "o'neil,O'Neil", "st. louis,St. Louis"})
    void titleCaseCapitalisesEachWordPart(String in, String out) {
        assertEquals(out, GeneratorTables.titleCase(in));
    }

    @Test
    void loadsThePublicTablesWhenPresent() {
        Path shared = Path.of(System.getProperty("mpi.datasets",
                System.getenv().getOrDefault("MPI_DATASETS", "../../shared/datasets")));
        assumeTrue(Files.isDirectory(shared), "public data sets not found at " + shared.toAbsolutePath() + ": skipped");
        GeneratorTables rich = GeneratorTables.load(shared);
        assertTrue(rich.surnames().items().size() > 80_000, "census surnames");
        assertTrue(rich.places().items().size() > 40_000, "all ZIP codes");
        assertFalse(rich.origins().stream().anyMatch(o -> o.startsWith("surnames: built-in")), rich.origins().toString());
        assertTrue(rich.givenNames().draw('F', 1950, new SplittableRandom(1)).length() > 1);
    }

    @Test
    void absentDirectoryFallsBackToBuiltIn() {
        GeneratorTables fallback = GeneratorTables.load(Path.of("no-such-directory"));
        assertEquals(tables.surnames().items(), fallback.surnames().items());
        assertTrue(fallback.origins().stream().allMatch(o -> o.endsWith("built-in")), fallback.origins().toString());
    }
}
