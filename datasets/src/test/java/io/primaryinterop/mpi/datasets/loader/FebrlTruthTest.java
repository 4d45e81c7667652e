package io.primaryinterop.mpi.datasets.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.primaryinterop.mpi.core.io.RecordFormatException;
import io.primaryinterop.mpi.datasets.evaluation.Truth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FebrlTruthTest {

    static final Path SHARED = Path.of(System.getProperty("mpi.datasets",
            System.getenv().getOrDefault("MPI_DATASETS", "../../shared/datasets")));

    @TempDir
    Path dir;

    @Test
    void entityComesFromTheRecordId() throws IOException {
        Path file = dir.resolve("febrl.csv");
        Files.writeString(file, "rec_id, given_name, surname\nrec-1-org, ann, lee\nrec-1-dup-0, anne, lee\n"
                + "rec-2-org, bob, hill\n");
        Truth truth = FebrlTruth.derive(file);
        assertEquals(3, truth.records());
        assertEquals(2, truth.persons());
        assertEquals(1, truth.truePairs());
    }

    @Test
    void generatorIdsShareAnEntityPerTen() throws IOException {
        Path file = dir.resolve("dsgen.csv");
        Files.writeString(file, "rec_id,given_name,surname\n30,a,b\n31,a,b\n35,a,b\n40,c,d\n");
        assertEquals(3, FebrlTruth.derive(file).truePairs());
    }

    @Test
    void badIdNamesFileLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "rec_id,given_name\nrec-1-org,a\nnonsense,b\n");
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> FebrlTruth.derive(file));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("3") && e.getMessage().contains("rec_id"),
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"febrl/dataset1.csv,500", "febrl/dataset2.csv,1934", "febrl/dataset3.csv,6538",
            "febrl-dsgen/dedup-dsgen/dataset_C_10000.csv,13556"})
    void publicSetsHaveTheirDocumentedTruePairs(String file, long truePairs) {
        assumeTrue(Files.isDirectory(SHARED), "public data sets not found at " + SHARED.toAbsolutePath() + ": skipped");
        assertEquals(truePairs, FebrlTruth.derive(SHARED.resolve(file)).truePairs());
    }
}
