package io.primaryinterop.mpi.bench;

import io.primaryinterop.mpi.core.compare.DamerauLevenshtein;
import io.primaryinterop.mpi.core.compare.JaroWinkler;
import io.primaryinterop.mpi.core.compare.Levenshtein;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * String comparators on realistic name pairs (half typed duplicates, half unrelated names), one
 * thread: comparisons per second for this project's allocation-free Jaro–Winkler and banded
 * Levenshtein/Damerau, and for Commons Text, the reference they are tested against.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar Comparator -f 1 -wi 2 -i 3}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ComparatorBenchmark {

    private static final int PAIRS = 4096;

    private final String[][] pairs = ComparatorData.namePairs(PAIRS, 42);
    private final JaroWinkler jaroWinkler = new JaroWinkler();
    private final Levenshtein levenshtein = new Levenshtein();
    private final DamerauLevenshtein damerau = new DamerauLevenshtein();
    private final JaroWinklerSimilarity commonsJaroWinkler = new JaroWinklerSimilarity();
    private final LevenshteinDistance commonsLevenshtein2 = new LevenshteinDistance(2);

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double jaroWinkler() {
        double sum = 0;
        for (String[] pair : pairs) {
            sum += jaroWinkler.similarity(pair[0], pair[1]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double jaroWinklerCommonsText() {
        double sum = 0;
        for (String[] pair : pairs) {
            sum += commonsJaroWinkler.apply(pair[0], pair[1]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public int levenshteinAtMost2() {
        int sum = 0;
        for (String[] pair : pairs) {
            sum += levenshtein.distanceAtMost(pair[0], pair[1], 2);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public int levenshteinAtMost2CommonsText() {
        int sum = 0;
        for (String[] pair : pairs) {
            sum += commonsLevenshtein2.apply(pair[0], pair[1]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public int levenshteinFull() {
        int sum = 0;
        for (String[] pair : pairs) {
            sum += levenshtein.distance(pair[0], pair[1]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public int damerauLevenshteinAtMost1() {
        int sum = 0;
        for (String[] pair : pairs) {
            sum += damerau.distanceAtMost(pair[0], pair[1], 1);
        }
        return sum;
    }
}
