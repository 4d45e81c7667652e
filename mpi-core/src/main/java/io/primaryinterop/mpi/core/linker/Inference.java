package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.blocking.BlockingIndex;
import io.primaryinterop.mpi.core.scoring.MatchWeights;
import io.primaryinterop.mpi.core.scoring.TableScorer;
import java.util.function.IntFunction;

/**
 * The inference facet: scores every candidate pair of the blocking index on all threads and streams
 * those at or above a probability to per-thread sinks. No pair is held here.
 */
public final class Inference {
    private final TableScorer scorer;
    private final BlockingIndex index;
    private final int threads;

    Inference(TableScorer scorer, BlockingIndex index, int threads) {
        this.scorer = scorer;
        this.index = index;
        this.threads = threads;
    }

    /** Scores all candidate pairs; pairs with probability >= {@code minProbability} go to the thread's sink. */
    public InferenceSummary predict(double minProbability, IntFunction<ScoredPairSink> sinkForThread) {
        if (!(minProbability >= 0 && minProbability < 1)) {
            throw new IllegalArgumentException("minProbability must be in [0,1): " + minProbability);
        }
        double minWeight = minProbability == 0 ? Double.NEGATIVE_INFINITY
                : MatchWeights.weightOfProbability(minProbability);
        int rules = index.rules().size();
        long[][] perRule = new long[threads][rules];
        long[] above = new long[threads];
        index.forEachPairParallel(threads, worker -> {
            ScoredPairSink sink = sinkForThread.apply(worker);
            TableScorer own = scorer.forThread();
            long[] counted = perRule[worker];
            return (left, right, rule) -> {
                counted[rule]++;
                double weight = own.matchWeight(left, right);
                if (weight >= minWeight) {
                    above[worker]++;
                    sink.accept(left, right, rule, weight);
                }
            };
        });
        long[] pairsPerRule = new long[rules];
        long scored = 0;
        long kept = 0;
        for (int w = 0; w < threads; w++) {
            for (int r = 0; r < rules; r++) {
                pairsPerRule[r] += perRule[w][r];
                scored += perRule[w][r];
            }
            kept += above[w];
        }
        return new InferenceSummary(pairsPerRule, scored, kept);
    }

    public BlockingIndex blockingIndex() {
        return index;
    }
}
