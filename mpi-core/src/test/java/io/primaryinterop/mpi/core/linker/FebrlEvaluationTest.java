package io.primaryinterop.mpi.core.linker;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.training.ExpectationMaximisation;
import io.primaryinterop.mpi.core.training.Progress;
import io.primaryinterop.mpi.core.training.Training;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FebrlEvaluationTest {

    @Test
    void febrl3UnsupervisedPairwiseF1ReachesTheTarget() {
        Optional<Path> file = Stream.of(System.getProperty("mpi.datasets"), System.getenv("MPI_DATASETS"),
                        "../shared/datasets", "../../shared/datasets")
                .filter(s -> s != null && !s.isBlank())
                .map(s -> Path.of(s).resolve("febrl/dataset3.csv"))
                .filter(Files::isRegularFile)
                .findFirst();
        assumeTrue(file.isPresent(), "skipped: febrl/dataset3.csv not found under ../shared/datasets "
                + "(set -Dmpi.datasets=DIR or MPI_DATASETS)");
        Training.Settings quick = new Training.Settings(500_000, 42, 2_000_000, 4_000_000,
                ExpectationMaximisation.Settings.defaults());
        FebrlEvaluation.Result result = FebrlEvaluation.evaluate(file.get(), ModelSpec.defaultFebrlModel(), 0.5, quick,
                Progress.silent());
        assertTrue(result.pairs().f1() >= 0.995, "FEBRL3 pairwise F1 " + result.pairs().f1() + " (P "
                + result.pairs().precision() + ", R " + result.pairs().recall() + ")");
        assertTrue(result.clusters().f1() >= 0.995, "FEBRL3 cluster F1 " + result.clusters().f1());
    }
}
