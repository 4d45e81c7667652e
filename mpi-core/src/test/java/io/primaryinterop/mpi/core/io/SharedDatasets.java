package io.primaryinterop.mpi.core.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the public benchmark data (never copied into the repo): system property {@code mpi.datasets},
 * else environment {@code MPI_DATASETS}, else {@code ../shared/datasets} beside the repository root,
 * found by walking up from the working directory (Maven runs tests in the module directory).
 */
public final class SharedDatasets {

    private SharedDatasets() {
    }

    /** The folder, or the test is skipped with a message saying where it looked. */
    public static Path require(String subfolder) {
        Path root = locate();
        Path folder = root == null ? null : root.resolve(subfolder);
        assumeTrue(folder != null && Files.isDirectory(folder), "skipped: public datasets not found ("
                + subfolder + "; set -Dmpi.datasets=... or MPI_DATASETS, default ../shared/datasets from the repo root)");
        return folder;
    }

    /** A file under the folder, or the test is skipped with a message saying where it looked. */
    public static Path requireFile(String relative) {
        Path root = locate();
        Path file = root == null ? null : root.resolve(relative);
        assumeTrue(file != null && Files.isRegularFile(file), "skipped: public dataset file not found ("
                + relative + "; set -Dmpi.datasets=... or MPI_DATASETS, default ../shared/datasets from the repo root)");
        return file;
    }

    static Path locate() {
        String configured = System.getProperty("mpi.datasets", System.getenv("MPI_DATASETS"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/datasets").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
