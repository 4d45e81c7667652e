package io.primaryinterop.mpi.bench;

import io.primaryinterop.mpi.blocking.BlockingRuleSet;
import io.primaryinterop.mpi.core.compare.Comparison;
import io.primaryinterop.mpi.core.compare.Comparisons;
import io.primaryinterop.mpi.core.compare.CompiledComparison;
import io.primaryinterop.mpi.core.io.PatientCsvReader;
import io.primaryinterop.mpi.core.io.PatientCsvWriter;
import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Gamma computation over a dictionary-encoded table, one thread: candidate pairs per second through
 * all twelve standard patient comparisons plus the match-weight sum (what scoring does per pair), on
 * 200,000 synthetic patients with typed duplicates; the pairs are a uniform sample of the candidate
 * pairs of the default blocking rules. {@code loadCsv} reads a synthetic canonical CSV and builds the table: rows/s =
 * rows / (seconds per op).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class ComparatorTableBenchmark {

    private static final int PAIRS = 1 << 16;

    @Param({"200000"})
    public int records;

    @Param({"1000000"})
    public int csvRows;

    private PatientTable table;
    private CompiledComparison[] comparisons;
    private double[][] weights;
    private int[] left;
    private int[] right;
    private Path csv;
    private long candidatePairs;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        PatientTable.Builder builder = PatientTable.builder(RecordNormalizer.standard());
        List<PatientRecord> originals = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            boolean duplicate = !originals.isEmpty() && random.nextInt(3) == 0;
            PatientRecord like = duplicate ? originals.get(random.nextInt(originals.size())) : null;
            PatientRecord record = ComparatorData.patient(i, like, random);
            if (!duplicate && originals.size() < 50_000) {
                originals.add(record);
            }
            builder.add(record);
        }
        table = builder.build();
        List<Comparison> standard = Comparisons.standardPatientComparisons();
        comparisons = standard.stream().map(Comparison::compile).toArray(CompiledComparison[]::new);
        weights = new double[standard.size()][];
        for (int c = 0; c < standard.size(); c++) {
            Comparison comparison = standard.get(c);
            weights[c] = comparison.levels().stream().mapToDouble(level -> level.matchWeight()).toArray();
        }
        // the pairs scoring really sees: candidates from the default blocking rules, sampled uniformly
        left = new int[PAIRS];
        right = new int[PAIRS];
        BlockingRuleSet rules = BlockingRuleSet.defaults();
        long[] seen = {0};
        SplittableRandom sampler = new SplittableRandom(13);
        rules.index(table, rules.dedupeOptions()).forEachPair((a, b, rule) -> {
            long index = seen[0]++;
            int slot = index < PAIRS ? (int) index : (int) sampler.nextLong(index + 1);
            if (slot < PAIRS) {
                left[slot] = a;
                right[slot] = b;
            }
        });
        candidatePairs = seen[0];
        if (candidatePairs < PAIRS) {
            throw new IllegalStateException("blocking yielded only " + candidatePairs + " pairs");
        }
        csv = Files.createTempFile("patients-bench", ".csv");
        SplittableRandom csvRandom = new SplittableRandom(11);
        PatientCsvWriter.write(csv, new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < csvRows;
            }

            @Override
            public PatientRecord next() {
                return ComparatorData.patient(next++, null, csvRandom);
            }
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double gammaAndWeightPerPair() {
        double total = 0;
        for (int p = 0; p < PAIRS; p++) {
            int a = left[p];
            int b = right[p];
            double weight = 0;
            for (int c = 0; c < comparisons.length; c++) {
                weight += weights[c][comparisons[c].level(table, a, b)];
            }
            total += weight;
        }
        return total;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public int loadCsv() {
        PatientTable.Builder builder = PatientTable.builder(RecordNormalizer.standard());
        try (PatientCsvReader reader = PatientCsvReader.open(csv, ReadOptions.strict())) {
            reader.forEachRemaining(builder::add);
        }
        return builder.build().size();
    }
}
