package io.primaryinterop.mpi.datasets.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates a data set into a directory: the one call behind the {@code generate} command.
 *
 * <p>Persons are generated in fixed chunks of {@value #CHUNK_PERSONS}; chunk k draws from its own
 * {@link SplittableRandom} seeded from the seed and k, so chunks can be made (and CSV-encoded) on several
 * threads while one thread writes them in chunk order through the shuffle window. The output depends on the seed
 * only, never on the number of threads. Memory is bounded: at most two chunks per thread are in flight.
 */
public final class DatasetGeneration {

    static final int CHUNK_PERSONS = 8192;

    private DatasetGeneration() {
    }

    /** What was generated and how long it took. */
    public record Result(PatientGenerator.Summary summary, double seconds) {
        public double recordsPerSecond() {
            return summary.records() / Math.max(seconds, 1e-9);
        }
    }

    /** On all processors. */
    public static Result generate(GeneratorConfig config, long seed, Path dir) throws IOException {
        return generate(config, seed, dir, Runtime.getRuntime().availableProcessors());
    }

    public static Result generate(GeneratorConfig config, long seed, Path dir, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        long start = System.nanoTime();
        long chunks = (config.persons() + CHUNK_PERSONS - 1) / CHUNK_PERSONS;
        SplittableRandom shuffle = new SplittableRandom(seed);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "generator");
            t.setDaemon(true);
            return t;
        });
        try (GeneratedDatasetWriter writer = new GeneratedDatasetWriter(dir, GeneratedDatasetWriter.DEFAULT_WINDOW, shuffle)) {
            ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
            long next = 0;
            long persons = 0;
            long records = 0;
            long truePairs = 0;
            java.util.Map<HardNegativeKind, Long> hard = new java.util.EnumMap<>(HardNegativeKind.class);
            while (next < chunks || !inFlight.isEmpty()) {
                while (next < chunks && inFlight.size() < 2 * threads) {
                    long k = next++;
                    inFlight.add(pool.submit(() -> chunk(config, seed, k)));
                }
                Chunk chunk = await(inFlight.poll());
                for (int i = 0; i < chunk.rows.size(); i++) {
                    writer.recordEncoded(chunk.rows.get(i), chunk.persons.get(i));
                }
                chunk.sink.hardNegatives.forEach(h -> writer.hardNegative(h[0], h[1], HardNegativeKind.valueOf(h[2])));
                persons += chunk.summary.persons();
                records += chunk.summary.records();
                truePairs += chunk.summary.truePairs();
                chunk.summary.hardNegatives().forEach((kind, n) -> hard.merge(kind, n, Long::sum));
            }
            writer.finish();
            PatientGenerator.Summary summary = new PatientGenerator.Summary(persons, records, truePairs, java.util.Map.copyOf(hard));
            return new Result(summary, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Chunk(List<byte[]> rows, List<byte[]> persons, EncodingSink sink, PatientGenerator.Summary summary) {
    }

    private static Chunk chunk(GeneratorConfig config, long seed, long k) {
        long first = k * CHUNK_PERSONS;
        long quota = Math.min(CHUNK_PERSONS, config.persons() - first);
        GeneratorConfig part = new GeneratorConfig(quota, config.profile(), config.tables(), config.sources());
        SplittableRandom random = new SplittableRandom(chunkSeed(seed, k));
        EncodingSink sink = new EncodingSink();
        PatientGenerator.Summary summary = new PatientGenerator(part, random, first).generate(sink);
        return new Chunk(sink.rows, sink.persons, sink, summary);
    }

    /**
     * The seed of chunk {@code k}: seed and chunk number through the SplitMix64 finalizer. A linear seed
     * ({@code seed * gamma + ...}) must not be used: SplittableRandom steps its state by that same golden
     * gamma, so seeds 1 and 11 gave one sequence shifted by ten draws, i.e. nearly the same persons.
     */
    static long chunkSeed(long seed, long k) {
        return mix64(mix64(seed) + k);
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Chunk await(Future<Chunk> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException(new IOException("generation failed", e.getCause()));
        }
    }

    /** Encodes records to CSV rows on the generating thread. */
    private static final class EncodingSink implements GenerationSink {
        final List<byte[]> rows = new ArrayList<>();
        final List<byte[]> persons = new ArrayList<>();
        final List<String[]> hardNegatives = new ArrayList<>();
        private final StringBuilder scratch = new StringBuilder(256);

        @Override
        public void record(RecordDraft record) {
            rows.add(GeneratedDatasetWriter.encode(record, scratch));
            persons.add(GeneratedDatasetWriter.encodePerson(record.person().personId()));
        }

        @Override
        public void hardNegative(String leftPersonId, String rightPersonId, HardNegativeKind kind) {
            hardNegatives.add(new String[] {leftPersonId, rightPersonId, kind.name()});
        }
    }
}
