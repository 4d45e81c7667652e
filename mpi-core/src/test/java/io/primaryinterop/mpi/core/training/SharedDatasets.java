package io.primaryinterop.mpi.core.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the shared public datasets: -Dmpi.datasets, $MPI_DATASETS, or ../shared/datasets from the repo root. */
final class SharedDatasets {
    private SharedDatasets() {
    }

    static Optional<Path> file(String relative) {
        return Stream.of(System.getProperty("mpi.datasets"), System.getenv("MPI_DATASETS"),
                        "../shared/datasets", "../../shared/datasets")
                .filter(s -> s != null && !s.isBlank())
                .map(s -> Path.of(s).resolve(relative))
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
