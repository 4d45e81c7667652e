package io.primaryinterop.mpi.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.io.PatientCsvReader;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedDatasetWriterTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        GeneratorConfig config = GeneratorConfig.of(3_000, Profile.typical());
        DatasetGeneration.generate(config, 11, dir.resolve("a"));
        DatasetGeneration.generate(config, 11, dir.resolve("b"));
        for (String file : List.of(GeneratedDatasetWriter.RECORDS, GeneratedDatasetWriter.TRUTH, GeneratedDatasetWriter.HARD_NEGATIVES)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void otherSeedsWriteOtherPersons() throws IOException {
        GeneratorConfig config = GeneratorConfig.of(3_000, Profile.clean());
        Set<String> first = personKeys(config, 1);
        for (long seed : new long[] {2, 11, 101}) {
            Set<String> other = personKeys(config, seed);
            other.retainAll(first);
            assertTrue(other.size() < first.size() / 50, "seed " + seed + " repeats " + other.size() + " of seed 1's persons");
        }
    }

    private Set<String> personKeys(GeneratorConfig config, long seed) throws IOException {
        Path out = dir.resolve("seed" + seed);
        DatasetGeneration.generate(config, seed, out);
        Set<String> keys = new HashSet<>();
        for (PatientRecord r : PatientCsvReader.readAll(out.resolve(GeneratedDatasetWriter.RECORDS))) {
            keys.add(r.givenName() + "|" + r.familyName() + "|" + r.birthDate());
        }
        return keys;
    }

    @Test
    void theNumberOfThreadsDoesNotChangeTheBytes() throws IOException {
        GeneratorConfig config = GeneratorConfig.of(20_000, Profile.typical()); // several chunks
        DatasetGeneration.Result one = DatasetGeneration.generate(config, 5, dir.resolve("one"), 1);
        DatasetGeneration.generate(config, 5, dir.resolve("three"), 3);
        assertEquals(20_000, one.summary().persons());
        for (String file : List.of(GeneratedDatasetWriter.RECORDS, GeneratedDatasetWriter.TRUTH, GeneratedDatasetWriter.HARD_NEGATIVES)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(file)), Files.readAllBytes(dir.resolve("three").resolve(file)), file);
        }
        List<String> truth = Files.readAllLines(dir.resolve("one").resolve(GeneratedDatasetWriter.TRUTH));
        assertEquals(20_000, truth.stream().skip(1).map(l -> l.split(",")[1]).distinct().count(), "person ids unique across chunks");
    }

    @Test
    void recordsAreCanonicalCsvWithUniqueIdsAndEveryRecordInTheTruth() throws IOException {
        DatasetGeneration.Result result = DatasetGeneration.generate(GeneratorConfig.of(2_000, Profile.hard()), 12, dir);
        List<PatientRecord> records = PatientCsvReader.readAll(dir.resolve(GeneratedDatasetWriter.RECORDS));
        assertEquals(result.summary().records(), records.size());
        Set<String> ids = new HashSet<>();
        records.forEach(r -> assertTrue(ids.add(r.recordId()), "duplicate id " + r.recordId()));
        List<String> truth = Files.readAllLines(dir.resolve(GeneratedDatasetWriter.TRUTH));
        assertEquals("record_id,person_id", truth.get(0));
        assertEquals(records.size() + 1, truth.size());
        for (int i = 0; i < records.size(); i++) {
            assertTrue(truth.get(i + 1).startsWith(records.get(i).recordId() + ",P"));
        }
    }

    @Test
    void aPersonsRecordsAreNotWrittenSideBySide() throws IOException {
        DatasetGeneration.generate(GeneratorConfig.of(5_000, Profile.hard()), 13, dir);
        List<String> truth = Files.readAllLines(dir.resolve(GeneratedDatasetWriter.TRUTH));
        int adjacentSamePerson = 0;
        for (int i = 2; i < truth.size(); i++) {
            if (truth.get(i).split(",")[1].equals(truth.get(i - 1).split(",")[1])) {
                adjacentSamePerson++;
            }
        }
        assertTrue(adjacentSamePerson < 20, "shuffled: " + adjacentSamePerson);
    }

    @Test
    void closingWithoutFinishingLeavesNoDataSet() throws IOException {
        try (GeneratedDatasetWriter writer = new GeneratedDatasetWriter(dir, 16, new SplittableRandom(1))) {
            new PatientGenerator(GeneratorConfig.of(10, Profile.typical()), new SplittableRandom(1)).generate(writer);
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "no records.csv, no temporary files");
        }
    }
}
