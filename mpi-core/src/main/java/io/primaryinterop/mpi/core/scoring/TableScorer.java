package io.primaryinterop.mpi.core.scoring;

import io.primaryinterop.mpi.core.compare.Comparison;
import io.primaryinterop.mpi.core.compare.CompiledComparison;
import io.primaryinterop.mpi.core.compare.ComparisonLevel;
import io.primaryinterop.mpi.core.model.Contribution;
import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.model.PairScore;
import io.primaryinterop.mpi.core.model.TermFrequencySettings;
import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.table.PatientTable;
import io.primaryinterop.mpi.core.training.GammaPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores pairs of rows of one {@link PatientTable} without allocating. Term-frequency adjustment: on an
 * exact level flagged for it, the weight log2(m/u) becomes log2(m/u) + w * log2(u / max(tf, floor)),
 * i.e. log2(m/tf) at w = 1, where tf is the share of rows with the agreed value. The adjustment per
 * dictionary code is computed once here, so the hot loop only adds a looked-up float.
 */
public final class TableScorer {
    private final MatchModel model;
    private final PatientTable table;
    private final CompiledComparison[] comparisons;
    private final double[][] weights;
    /** Per comparison: for the level with term-frequency adjustment, its index, else -1. */
    private final int[] tfLevel;
    /** Per comparison with tf: the field's codes per row, and the adjustment per code. */
    private final int[][] tfCodes;
    private final float[][] tfAdjustment;
    private final double priorWeight;

    public TableScorer(MatchModel model, PatientTable table) {
        this.model = model;
        this.table = table;
        int n = model.comparisonCount();
        this.comparisons = new CompiledComparison[n];
        this.weights = new double[n][];
        this.tfLevel = new int[n];
        this.tfCodes = new int[n][];
        this.tfAdjustment = new float[n][];
        this.priorWeight = model.priorWeight();
        TermFrequencySettings tf = model.spec().termFrequency();
        for (int c = 0; c < n; c++) {
            comparisons[c] = model.comparison(c);
            Comparison spec = model.spec().comparisons().get(c);
            weights[c] = new double[spec.levelCount()];
            tfLevel[c] = -1;
            for (int l = 0; l < spec.levelCount(); l++) {
                weights[c][l] = model.levelWeight(c, l);
                ComparisonLevel level = spec.level(l);
                if (level.termFrequencyAdjusted() && tf.weight() > 0 && tfLevel[c] < 0) {
                    tfLevel[c] = l;
                    PatientField field = spec.field();
                    tfCodes[c] = table.codes(field);
                    tfAdjustment[c] = adjustments(table, field, level.u(), tf);
                }
            }
        }
    }

    private static float[] adjustments(PatientTable table, PatientField field, double u, TermFrequencySettings tf) {
        float[] adjustment = new float[table.dictionarySize(field)];
        for (int code = 0; code < adjustment.length; code++) {
            double frequency = Math.max(table.termFrequency(field, code), tf.minimumFrequency());
            adjustment[code] = (float) (tf.weight() * MatchWeights.log2(u / frequency));
        }
        return adjustment;
    }

    public PatientTable table() {
        return table;
    }

    /** The level every comparison chose for rows a and b, packed. */
    public long pattern(int a, int b) {
        long pattern = 0;
        for (int c = 0; c < comparisons.length; c++) {
            pattern |= (long) comparisons[c].level(table, a, b) << (c * GammaPattern.BITS);
        }
        return pattern;
    }

    /** The match weight of rows a and b (prior included). */
    public double matchWeight(int a, int b) {
        double weight = priorWeight;
        for (int c = 0; c < comparisons.length; c++) {
            int level = comparisons[c].level(table, a, b);
            weight += weights[c][level];
            if (level == tfLevel[c]) {
                weight += tfAdjustment[c][tfCodes[c][a]];
            }
        }
        return weight;
    }

    /** The match weight of a pair whose pattern is already known (term-frequency adjustment needs the rows). */
    public double matchWeight(long pattern, int a, int b) {
        double weight = priorWeight;
        for (int c = 0; c < comparisons.length; c++) {
            int level = GammaPattern.level(pattern, c);
            weight += weights[c][level];
            if (level == tfLevel[c]) {
                weight += tfAdjustment[c][tfCodes[c][a]];
            }
        }
        return weight;
    }

    /** The prior's weight. */
    public double priorWeight() {
        return priorWeight;
    }

    /** The full score with its explanation (allocates; for explanations and tests). */
    public PairScore score(int a, int b) {
        List<Contribution> contributions = new ArrayList<>(comparisons.length);
        double weight = priorWeight;
        for (int c = 0; c < comparisons.length; c++) {
            int level = comparisons[c].level(table, a, b);
            double w = weights[c][level];
            if (level == tfLevel[c]) {
                w += tfAdjustment[c][tfCodes[c][a]];
            }
            weight += w;
            contributions.add(model.contribution(c, level, w));
        }
        return new PairScore(weight, MatchWeights.probability(weight), contributions);
    }
}
