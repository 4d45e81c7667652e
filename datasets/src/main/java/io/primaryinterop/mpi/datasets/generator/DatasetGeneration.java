package io.primaryinterop.mpi.datasets.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Generates a data set into a directory: the one call behind the {@code generate} command. */
public final class DatasetGeneration {

    private DatasetGeneration() {
    }

    /** What was generated and how long it took. */
    public record Result(PatientGenerator.Summary summary, double seconds) {
        public double recordsPerSecond() {
            return summary.records() / Math.max(seconds, 1e-9);
        }
    }

    public static Result generate(GeneratorConfig config, long seed, Path dir) throws IOException {
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom shuffle = random.split();
        PatientGenerator generator = new PatientGenerator(config, random);
        try (GeneratedDatasetWriter writer = new GeneratedDatasetWriter(dir, GeneratedDatasetWriter.DEFAULT_WINDOW, shuffle)) {
            PatientGenerator.Summary summary = generator.generate(writer);
            writer.finish();
            return new Result(summary, (System.nanoTime() - start) / 1e9);
        }
    }
}
