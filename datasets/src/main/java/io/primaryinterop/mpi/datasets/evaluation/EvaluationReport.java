package io.primaryinterop.mpi.datasets.evaluation;

import io.primaryinterop.mpi.core.record.PatientRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything an evaluation found, ready to print or render.
 *
 * @param title          a heading (e.g. the data set)
 * @param clusters       cluster metrics
 * @param clustering     the clustering (missing/unknown counts)
 * @param hardNegatives  per kind, or empty when no hard-negatives file was given
 * @param pairs          scored-pair analysis, or null when no pairs file was given
 * @param records        field values of the records in the error lists (empty without a records file)
 */
public record EvaluationReport(String title, ClusterEvaluation clusters, Clustering clustering,
                               List<HardNegativeEvaluation.KindResult> hardNegatives, ScoredPairEvaluation pairs,
                               Map<String, PatientRecord> records) {

    public EvaluationReport {
        hardNegatives = List.copyOf(hardNegatives);
        records = Map.copyOf(records);
    }

    /** Hard-negative pairs linked, all kinds together. */
    public long hardNegativesLinked() {
        return hardNegatives.stream().mapToLong(HardNegativeEvaluation.KindResult::linked).sum();
    }

    /** A plain-text summary for the console. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        PairwiseMetrics p = clusters.pairwise();
        sb.append(String.format(Locale.ROOT, "records %,d  persons %,d  clusters %,d%n", clusters.records(),
                clusters.persons(), clusters.predictedClusters()));
        if (clustering.missing() > 0 || clustering.unknown() > 0) {
            sb.append(String.format(Locale.ROOT, "records missing from the clusters (made singletons) %,d; "
                    + "cluster records not in the truth (ignored) %,d%n", clustering.missing(), clustering.unknown()));
        }
        sb.append(String.format(Locale.ROOT, "pairwise  precision %.4f  recall %.4f  F1 %.4f  (TP %,d  FP %,d  FN %,d)%n",
                p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(), p.falseNegatives()));
        sb.append(String.format(Locale.ROOT, "B-cubed   precision %.4f  recall %.4f  F1 %.4f%n",
                clusters.bCubed().precision(), clusters.bCubed().recall(), clusters.bCubed().f1()));
        sb.append("cluster sizes (size:count) result ").append(clusters.predictedSizes())
                .append(" truth ").append(clusters.trueSizes()).append('\n');
        for (HardNegativeEvaluation.KindResult k : hardNegatives) {
            sb.append(String.format(Locale.ROOT, "hard negatives %-13s linked %,d of %,d%n", k.kind().label(), k.linked(), k.pairs()));
        }
        if (pairs != null) {
            sb.append(String.format(Locale.ROOT, "scored pairs %,d (same person %,d of %,d true pairs)%n",
                    pairs.scoredPairs(), pairs.scoredTruePairs(), pairs.truePairs()));
            ScoredPairEvaluation.SweepRow b = pairs.best();
            sb.append(String.format(Locale.ROOT, "best threshold %.5f  precision %.4f  recall %.4f  F1 %.4f%n",
                    b.threshold(), b.precision(), b.recall(), b.f1()));
        }
        return sb.toString();
    }
}
