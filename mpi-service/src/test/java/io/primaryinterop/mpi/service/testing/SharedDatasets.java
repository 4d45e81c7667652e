package io.primaryinterop.mpi.service.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public datasets for mpi-service tests, found as mpi-core's tests find them (test classes are not
 * shared between modules): {@code -Dmpi.datasets}, else {@code MPI_DATASETS}, else {@code ../shared/datasets}
 * beside the repository, walking up from the working directory. Absent: the test is skipped with a message.
 */
public final class SharedDatasets {

    private SharedDatasets() {
    }

    public static Path requireFile(String relative) {
        String configured = System.getProperty("mpi.datasets", System.getenv("MPI_DATASETS"));
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : null;
        for (Path dir = Path.of("").toAbsolutePath(); root == null && dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/datasets").normalize();
            root = Files.isDirectory(candidate) ? candidate : null;
        }
        Path file = root == null ? null : root.resolve(relative);
        assumeTrue(file != null && Files.isRegularFile(file), "skipped: public dataset file not found (" + relative
                + "; set -Dmpi.datasets=... or MPI_DATASETS, default ../shared/datasets from the repo root)");
        return file;
    }
}
