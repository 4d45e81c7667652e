package io.primaryinterop.mpi.bench;

import io.primaryinterop.mpi.blocking.BlockingIndex;
import io.primaryinterop.mpi.blocking.LinkMode;
import io.primaryinterop.mpi.core.linker.InputFormat;
import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.scoring.TableScorer;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Scoring throughput on candidate pairs, per core: loads a patient CSV, takes the first N candidate pairs
 * of the model's blocking rules, and scores them on one thread several times. Reports pairs per second
 * of wall time and per CPU-second of the scoring thread (the latter is meaningful on a shared machine),
 * and the CPU cost of each comparison.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.primaryinterop.mpi.bench.ScoringThroughput records.csv [pairs] [model.json]
 * </pre>
 */
public final class ScoringThroughput {
    private ScoringThroughput() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int maxPairs = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        ModelSpec spec = args.length > 2 ? ModelSpec.read(Path.of(args[2])) : ModelSpec.defaultPatientModel();
        PatientTable.Builder builder = PatientTable.builder(RecordNormalizer.standard());
        InputFormat.PATIENT.read(file, ReadOptions.strict(), builder::add);
        PatientTable table = builder.build();
        MatchModel model = spec.compile();
        BlockingIndex index = model.blockingRules().index(table, model.blockingRules().options(LinkMode.DEDUPE, null));
        int[] left = new int[maxPairs];
        int[] right = new int[maxPairs];
        int[] count = {0};
        try {
            index.forEachPair((a, b, rule) -> {
                if (count[0] == maxPairs) {
                    throw new StopWalk();
                }
                left[count[0]] = a;
                right[count[0]] = b;
                count[0]++;
            });
        } catch (StopWalk enough) {
            // the first maxPairs pairs are enough
        }
        int n = count[0];
        System.out.printf(Locale.ROOT, "%,d records, %,d candidate pairs, %d comparisons%n", table.size(), n,
                model.comparisonCount());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int round = 1; round <= 5; round++) {
            TableScorer scorer = model.scorer(table).forThread();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += scorer.matchWeight(left[i], right[i]);
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %,.0f pairs/s wall, %,.0f pairs per CPU-second (checksum %.1f)%n",
                    round, n / wallSeconds, n / cpuSeconds, sum);
            best = Math.max(best, n / cpuSeconds);
        }
        System.out.printf(Locale.ROOT, "best round: %,.0f pairs per CPU-second%n", best);
        for (int c = 0; c < model.comparisonCount(); c++) {
            var comparison = model.comparison(c);
            long cpu = threads.getCurrentThreadCpuTime();
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += comparison.level(table, left[i], right[i]);
            }
            double ns = (threads.getCurrentThreadCpuTime() - cpu) / (double) n;
            System.out.printf(Locale.ROOT, "  %-14s %6.0f CPU-ns/pair uncached (%d)%n",
                    spec.comparisons().get(c).name(), ns, sum);
        }
    }

    private static final class StopWalk extends RuntimeException {
        StopWalk() {
            super(null, null, false, false);
        }
    }
}
