package io.primaryinterop.mpi.core.linker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.io.SharedDatasets;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.training.ExpectationMaximisation;
import io.primaryinterop.mpi.core.training.Progress;
import io.primaryinterop.mpi.core.training.Training;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FebrlEvaluationTest {

    @Test
    void febrl3UnsupervisedPairwiseF1ReachesTheTarget() {
        Path file = SharedDatasets.requireFile("febrl/dataset3.csv");
        Training.Settings quick = new Training.Settings(500_000, 42, 2_000_000, 4_000_000,
                ExpectationMaximisation.Settings.defaults());
        FebrlEvaluation.Result result = FebrlEvaluation.evaluate(file, ModelSpec.defaultFebrlModel(), 0.5, quick,
                Progress.silent());
        assertTrue(result.pairs().f1() >= 0.995, "FEBRL3 pairwise F1 " + result.pairs().f1() + " (P "
                + result.pairs().precision() + ", R " + result.pairs().recall() + ")");
        assertTrue(result.clusters().f1() >= 0.995, "FEBRL3 cluster F1 " + result.clusters().f1());
    }
}
