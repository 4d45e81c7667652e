package io.primaryinterop.mpi.datasets.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * What the scored pairs say: a threshold sweep (precision, recall, F1 if every scored pair at or above a match
 * probability were linked), match-weight histograms of true and false pairs, and the largest errors of the
 * clustering among scored pairs. The pairs file is streamed.
 *
 * <p>Recall in the sweep is relative to <em>all</em> true pairs of the truth: a true pair that blocking never
 * produced (never scored) counts as missed at every threshold. The sweep is pairwise on scores, before
 * clustering (no transitive links).
 *
 * @param sweep            one row per threshold, ascending
 * @param best             the row with the highest F1
 * @param histogram        match-weight histogram of true and false scored pairs
 * @param scoredPairs      pairs in the file whose records are in the truth
 * @param scoredTruePairs  scored pairs that are the same person
 * @param truePairs        true pairs in the truth
 * @param falsePositives   largest false positives: linked by the clustering, different persons, highest weight first
 * @param falseNegatives   largest false negatives: same person, not linked, lowest weight first
 * @param skippedPairs     pairs naming records the truth does not know
 */
public record ScoredPairEvaluation(List<SweepRow> sweep, SweepRow best, WeightHistogram histogram, long scoredPairs,
                                   long scoredTruePairs, long truePairs, List<PairExample> falsePositives,
                                   List<PairExample> falseNegatives, long skippedPairs) {

    /** Precision, recall and F1 when pairs with match probability >= threshold are linked. */
    public record SweepRow(double threshold, long truePositives, long falsePositives, double precision, double recall, double f1) {
    }

    /** One scored pair with its verdicts. */
    public record PairExample(String leftId, String rightId, double matchWeight, double matchProbability,
                              boolean samePerson, boolean linked) {
    }

    /** Thresholds: a fine grid near 1, where MPIs set their link thresholds. */
    static final double[] THRESHOLDS = thresholds();

    private static double[] thresholds() {
        List<Double> t = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            t.add(i * 0.05);
        }
        for (double extra : new double[] {0.01, 0.001, 0.97, 0.98, 0.99, 0.995, 0.999, 0.9995, 0.9999, 0.99999}) {
            t.add(extra);
        }
        return t.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
    }

    public static ScoredPairEvaluation of(Path pairs, Truth truth, Clustering clustering, int examples) {
        int n = THRESHOLDS.length;
        long[] trueAtOrAbove = new long[n + 1];
        long[] falseAtOrAbove = new long[n + 1];
        WeightHistogram.Builder histogram = new WeightHistogram.Builder();
        PriorityQueue<PairExample> fp = new PriorityQueue<>(Comparator.comparingDouble(PairExample::matchWeight));
        PriorityQueue<PairExample> fn = new PriorityQueue<>(Comparator.comparingDouble(PairExample::matchWeight).reversed());
        long[] counts = new long[3]; // scored, scored true, skipped
        CsvColumns.forEach(pairs, List.of("left_id", "right_id", "match_weight", "match_probability"), row -> {
            int left = truth.recordIndex(row.get(0));
            int right = truth.recordIndex(row.get(1));
            if (left < 0 || right < 0) {
                counts[2]++;
                return;
            }
            double weight = row.number(2);
            double probability = row.number(3);
            if (!(probability >= 0 && probability <= 1)) {
                throw row.error("match_probability", "must be in [0,1]: " + probability);
            }
            boolean same = truth.person(left) == truth.person(right);
            boolean linked = clustering.cluster(left) == clustering.cluster(right);
            counts[0]++;
            int bin = bin(probability);
            if (same) {
                counts[1]++;
                trueAtOrAbove[bin]++;
            } else {
                falseAtOrAbove[bin]++;
            }
            histogram.add(weight, same);
            if (linked && !same) {
                keep(fp, new PairExample(row.get(0), row.get(1), weight, probability, false, true), examples);
            } else if (!linked && same) {
                keep(fn, new PairExample(row.get(0), row.get(1), weight, probability, true, false), examples);
            }
        });
        // bins hold "highest threshold <= p"; cumulate from the top so index i counts p >= THRESHOLDS[i]
        for (int i = n - 1; i >= 0; i--) {
            trueAtOrAbove[i] += trueAtOrAbove[i + 1];
            falseAtOrAbove[i] += falseAtOrAbove[i + 1];
        }
        long truePairs = truth.truePairs();
        List<SweepRow> sweep = new ArrayList<>();
        SweepRow best = null;
        for (int i = 0; i < n; i++) {
            long tp = trueAtOrAbove[i + 1];
            long fpCount = falseAtOrAbove[i + 1];
            double precision = tp + fpCount == 0 ? 1.0 : tp / (double) (tp + fpCount);
            double recall = truePairs == 0 ? 1.0 : tp / (double) truePairs;
            SweepRow row = new SweepRow(THRESHOLDS[i], tp, fpCount, precision, recall, Metrics.f1(precision, recall));
            sweep.add(row);
            if (best == null || row.f1() >= best.f1()) { // ties: the higher threshold
                best = row;
            }
        }
        List<PairExample> fpList = new ArrayList<>(fp);
        fpList.sort(Comparator.comparingDouble(PairExample::matchWeight).reversed());
        List<PairExample> fnList = new ArrayList<>(fn);
        fnList.sort(Comparator.comparingDouble(PairExample::matchWeight));
        return new ScoredPairEvaluation(List.copyOf(sweep), best, histogram.build(), counts[0], counts[1], truePairs,
                List.copyOf(fpList), List.copyOf(fnList), counts[2]);
    }

    /** 1 + index of the highest threshold <= p (0 when p is below every threshold). */
    private static int bin(double probability) {
        int index = java.util.Arrays.binarySearch(THRESHOLDS, probability);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** Keeps the {@code limit} largest by the queue's order (its head is the smallest kept). */
    private static void keep(PriorityQueue<PairExample> queue, PairExample example, int limit) {
        if (limit <= 0) {
            return;
        }
        queue.add(example);
        if (queue.size() > limit) {
            queue.poll();
        }
    }
}
