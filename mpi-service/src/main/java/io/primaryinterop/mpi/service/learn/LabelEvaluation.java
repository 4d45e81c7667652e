package io.primaryinterop.mpi.service.learn;

import io.primaryinterop.mpi.service.engine.MatchEngine;
import io.primaryinterop.mpi.service.engine.Probe;
import java.util.List;

/**
 * Precision and recall of a model on labelled pairs at a probability threshold: predicted same patient
 * when the pair's match probability is at or above it.
 */
public record LabelEvaluation(double threshold, int truePositives, int falsePositives, int falseNegatives,
                              int trueNegatives) {

    public static LabelEvaluation of(MatchEngine engine, List<LabelledPair> pairs, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (LabelledPair pair : pairs) {
            Probe left = engine.prepare(pair.left());
            Probe right = engine.prepare(pair.right());
            boolean predicted = engine.score(left, right).probability() >= threshold;
            if (predicted && pair.match()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (pair.match()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new LabelEvaluation(threshold, tp, fp, fn, tn);
    }

    /** TP / (TP + FP); NaN without predicted matches. */
    public double precision() {
        return truePositives + falsePositives == 0 ? Double.NaN : truePositives / (double) (truePositives + falsePositives);
    }

    /** TP / (TP + FN); NaN without labelled matches. */
    public double recall() {
        return truePositives + falseNegatives == 0 ? Double.NaN : truePositives / (double) (truePositives + falseNegatives);
    }
}
