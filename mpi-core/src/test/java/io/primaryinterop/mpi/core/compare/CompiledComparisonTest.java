package io.primaryinterop.mpi.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.normalize.NormalizedRecord;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledComparisonTest {

    private static final RecordNormalizer NORMALIZER = RecordNormalizer.standard();

    private static PatientRecord person(String id, String given, String family, String birthDate, String address,
            String phone) {
        return new PatientRecord(id, null, given, null, family, null, birthDate, address, null, null, null, null, phone,
                null, null);
    }

    /** The level label chosen for a pair, asserting both paths (table rows, normalized records) agree. */
    private static String label(Comparison comparison, PatientRecord a, PatientRecord b) {
        CompiledComparison compiled = comparison.compile();
        PatientTable table = PatientTable.of(List.of(a, b), NORMALIZER);
        int fromTable = compiled.level(table, 0, 1);
        int fromRecords = compiled.level(NORMALIZER.normalize(a), NORMALIZER.normalize(b));
        assertEquals(fromTable, fromRecords, "table and record paths agree");
        return comparison.level(fromTable).label();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Robert|Smith|Robert|Smith|exact", "Bob|Smith|Robert|Smith|nickname", "Jhon|Smith|John|Smith|damerau_levenshtein <= 1", "Jon|Smith|John|Smith|nickname",
        "Micheal|Smith|Michael|Smith|damerau_levenshtein <= 1", "Jonathon|Smith|Jonathan|Smith|damerau_levenshtein <= 1",
        "Katherine|Smith|Catherine|Smith|damerau_levenshtein <= 1", "Kate|Smith|Katherine|Smith|nickname",
        "Christina|Smith|Kristina|Smith|phonetic double_metaphone", "Stephen|Smith|Steven|Smith|phonetic double_metaphone", "J|Smith|John|Smith|initial", "Smith|John|John|Smith|names swapped",
        "Maria|Smith|Peter|Smith|else", "|Smith|John|Smith|null", "Anderson|Smith|Andersen|Smith|damerau_levenshtein <= 1",
        "Jeffery|Smith|Geoffrey|Smith|phonetic double_metaphone", "Francesca|Lee|Frances|Lee|jaro_winkler >= 0.9"
    })
    void givenNameLevels(String givenA, String familyA, String givenB, String familyB, String expected) {
        assertEquals(expected, label(Comparisons.givenName(), person("A", givenA, familyA, null, null, null),
                person("B", givenB, familyB, null, null, null)));
    }

    /** Jaro-Winkler >= 0.80 split by an all_of level: one edit (a typo) first, names merely alike after. */
    private static final Comparison GIVEN_NAME_ALIKE_OR_TYPO = new Comparison("given_name", List.of(PatientField.GIVEN_NAME),
            List.of(ComparisonLevel.nullLevel(), ComparisonLevel.of(new Exact(), 0.8, 0.003),
                    new ComparisonLevel("one edit", new AllOf(List.of(new JaroWinklerAtLeast(0.8),
                            new DamerauLevenshteinAtMost(1))), 0.1, 0.001, false),
                    new ComparisonLevel("alike", new JaroWinklerAtLeast(0.8), 0.05, 0.005, false),
                    ComparisonLevel.of(new Else(), 0.05, 0.99)));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Maria|Marya|one edit", "Tara|Tafa|one edit", "Courtney|Kourtney|one edit", "Lisa|Lsia|one edit",
        "Evelyn|Beverly|alike", "Stacy|Stacie|alike", "Lucas|Luis|alike", "Kellie|Kelly|alike",
        "Ava|Eva|else", "Evelyn|Evelyn|exact", "Evelyn||null"})
    void allOfLevelHoldsOnlyWhenEveryPartHolds(String a, String b, String expected) {
        assertEquals(expected, label(GIVEN_NAME_ALIKE_OR_TYPO, person("A", a, "Martinez", null, null, null),
                person("B", b, "Martinez", null, null, null)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rollins|Earl|Earl|Rollins|names swapped", "Rollins|Erl|Earl|Rollins|names swapped",
        "Wood|Peggy|Margaret|Wood|names swapped", "Charles|T|Taylor|Charles|names swapped",
        "Hester-Briwn|Frank|Frank|Hester-Brown|names swapped", "Ma6s|Linda|Linda|Mays|names swapped",
        "Svensson|Christopher|Paul|Svensson|else", "Santana|Crystal|Judith|Santana|else",
        "Cortez|Travys|Gallagher|William|else", "Smith|Smith|Smith|Smith|exact"
    })
    void familyNameSwappedWithTheGivenNameEvenWhenOneOfThemIsAVariant(String familyA, String givenA, String familyB,
            String givenB, String expected) {
        Comparison comparison = new Comparison("family_name", List.of(PatientField.FAMILY_NAME, PatientField.GIVEN_NAME),
                List.of(ComparisonLevel.nullLevel(), ComparisonLevel.of(new Exact(), 0.9, 0.01),
                        ComparisonLevel.of(new NamesSwapped(), 0.01, 0.0001), ComparisonLevel.of(new Else(), 0.08, 0.99)));
        assertEquals(expected, label(comparison, person("A", givenA, familyA, null, null, null),
                person("B", givenB, familyB, null, null, null)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Daniel|James|James||equal to the second field of the other", "James||Daniel|James|equal to the second field of the other",
        "Jesse|William|William|Jesse|equal to the second field of the other", "Daniel|James|Peter|Paul|else",
        "Daniel||Peter||else", "Daniel|James|Daniel|Paul|exact", "|James|James||null"
    })
    void givenNameWrittenAsTheMiddleName(String givenA, String middleA, String givenB, String middleB, String expected) {
        Comparison comparison = new Comparison("given_name", List.of(PatientField.GIVEN_NAME, PatientField.MIDDLE_NAME),
                List.of(ComparisonLevel.nullLevel(), ComparisonLevel.of(new Exact(), 0.9, 0.01),
                        ComparisonLevel.of(new EqualsOtherSecondField(), 0.02, 0.001), ComparisonLevel.of(new Else(), 0.08, 0.99)));
        assertEquals(expected, label(comparison,
                new PatientRecord("A", "T", givenA, middleA, "Smith", null, null, null, null, null, null, null, null, null, null),
                new PatientRecord("B", "T", givenB, middleB, "Smith", null, null, null, null, null, null, null, null, null, null)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1972-03-13|19720313|date exact", "1972-03-04|1972-04-03|day/month transposed",
        "1972-03-13|1972-03-18|same year and month", "1972-03-01|1972-03-29|same year and month",
        "1972-03-13|1982-03-13|year off by <= 10", "1972-03-13|1962-03-13|year off by <= 10",
        "1972-03-13|1965-03-13|year off by <= 10", "1972-03-31|1972-04-02|within 365 days",
        "1972-03-13|1972-08-13|within 365 days", "1972-03-13|1975-07-13|else", "1972-03-13|1872-03-13|else",
        "1972-03-13||null", "1972-03-13|1972-02-30|null"
    })
    void birthDateLevels(String a, String b, String expected) {
        assertEquals(expected, label(Comparisons.birthDate(), person("A", null, null, a, null, null),
                person("B", null, null, b, null, null)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12 Main St|12 main st.|exact", "Apt 3, 12 Main St|12 Main St Apt 3|token overlap >= 0.6",
        "12 Main Street|12 Main Streat|jaro_winkler >= 0.9", "12 Main St|12 Oak St|token overlap >= 0.3",
        "12 Main St|77 Sunset Boulevard|else"
    })
    void addressLevels(String a, String b, String expected) {
        assertEquals(expected, label(Comparisons.address(), person("A", null, null, null, a, null),
                person("B", null, null, null, b, null)));
    }

    @Test
    void numericDifferenceLevelsCompareNumbers() {
        Comparison comparison = new Comparison("phone", Comparisons.levels(
                Comparisons.level(new NumericDifferenceAtMost(5), 0.5, 0.1)));
        assertEquals("numeric difference <= 5.0", label(comparison, person("A", null, null, null, null, "100"),
                person("B", null, null, null, null, "104")));
        assertEquals("else", label(comparison, person("A", null, null, null, null, "100"),
                person("B", null, null, null, null, "106")));
    }

    @Test
    void termFrequencyIsTheShareOfTheValue() {
        List<PatientRecord> records = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            records.add(person("R" + i, null, i < 6 ? "Smith" : "Zelinski", null, null, null));
        }
        PatientTable table = PatientTable.of(records, NORMALIZER);
        CompiledComparison family = Comparisons.familyName().compile();
        assertEquals(0.75, family.termFrequency(table, 0, 1), 1e-12);
        assertEquals(0.25, family.termFrequency(table, 6, 7), 1e-12);
        assertEquals(0.75, family.termFrequency(table, 0, 7), 1e-12, "the larger when values differ");
    }

    @Property(tries = 300)
    void tableAndRecordPathsAgreeForEveryStandardComparison(@ForAll("people") List<PatientRecord> people) {
        PatientTable table = PatientTable.of(people, NORMALIZER);
        List<NormalizedRecord> normalized = people.stream().map(NORMALIZER::normalize).toList();
        for (Comparison comparison : Comparisons.standardPatientComparisons()) {
            CompiledComparison compiled = comparison.compile();
            for (int a = 0; a < people.size(); a++) {
                for (int b = a + 1; b < people.size(); b++) {
                    assertEquals(compiled.level(normalized.get(a), normalized.get(b)), compiled.level(table, a, b),
                            comparison.name());
                }
            }
        }
    }

    @Property(tries = 300)
    void tableAndRecordPathsAgreeForEveryDefaultModelComparison(@ForAll("people") List<PatientRecord> people) {
        PatientTable table = PatientTable.of(people, NORMALIZER);
        List<NormalizedRecord> normalized = people.stream().map(NORMALIZER::normalize).toList();
        for (Comparison comparison : ModelSpec.defaultPatientModel().comparisons()) {
            CompiledComparison compiled = comparison.compile();
            for (int a = 0; a < people.size(); a++) {
                for (int b = a + 1; b < people.size(); b++) {
                    assertEquals(compiled.level(normalized.get(a), normalized.get(b)), compiled.level(table, a, b),
                            comparison.name());
                }
            }
        }
    }

    @Provide
    Arbitrary<List<PatientRecord>> people() {
        Arbitrary<String> names = Arbitraries.of("ROBERT", "BOB", "ROB", "ROBERTA", "R", "SMITH", "SMYTH", "JOHN", "JON",
                "", "JONES", "ANN", "ANNE", "EVELYN", "BEVERLY", "MARIA", "MARYA", "LUCAS", "LUIS");
        Arbitrary<String> dates = Arbitraries.of("1972-03-13", "1972-13-03", "1972-03-31", "1982-03-13", "1972-04-13",
                "1972-03-04", "1972-04-03", "", "19720313");
        Arbitrary<String> addresses = Arbitraries.of("12 MAIN ST", "12 MAIN STREET", "APT 3 12 MAIN ST", "14 OAK AVE", "");
        Arbitrary<String> digits = Arbitraries.of("5550100", "5550101", "5551000", "", "0000000");
        Arbitrary<PatientRecord> person = Combinators.combine(names, names, dates, addresses, digits, names)
                .as((given, family, date, address, phone, middle) -> new PatientRecord("X", null, given, middle, family,
                        phone.isEmpty() ? "M" : "F", date, address, family, "VA", phone, null, phone, given + "@x.org",
                        phone));
        return person.list().ofMinSize(2).ofMaxSize(6).map(list -> {
            List<PatientRecord> withIds = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String[] values = list.get(i).values();
                values[PatientField.RECORD_ID.ordinal()] = "R" + i;
                withIds.add(PatientRecord.fromValues(values));
            }
            return withIds;
        });
    }
}
