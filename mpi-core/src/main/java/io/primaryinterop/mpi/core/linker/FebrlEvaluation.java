package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.core.cluster.Clusters;
import io.primaryinterop.mpi.core.cluster.ClusteringSettings;
import io.primaryinterop.mpi.core.cluster.ScoredLinks;
import io.primaryinterop.mpi.core.io.FebrlReader;
import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.scoring.MatchWeights;
import io.primaryinterop.mpi.core.table.PatientTable;
import io.primaryinterop.mpi.core.training.Progress;
import io.primaryinterop.mpi.core.training.Training;
import java.nio.file.Path;
import java.util.List;

/**
 * Unsupervised deduplication of a FEBRL file, judged against the truth in its record ids: trains the
 * FEBRL model on the file (no labels), scores the candidate pairs, clusters, and reports pairwise
 * precision, recall and F1 of the scored pairs at the threshold and of the clusters.
 */
public final class FebrlEvaluation {

    /** The outcome for one file. */
    public record Result(String dataset, int records, long candidatePairs, long trueCandidates, PairwiseAccuracy pairs,
                         PairwiseAccuracy clusters, double seconds, ModelSpec trainedModel) {
    }

    private FebrlEvaluation() {
    }

    public static Result evaluate(Path file, ModelSpec start, double threshold, Progress progress) {
        return evaluate(file, start, threshold, Training.Settings.defaults(), progress);
    }

    public static Result evaluate(Path file, ModelSpec start, double threshold, Training.Settings training,
                                  Progress progress) {
        long started = System.nanoTime();
        List<PatientRecord> records = FebrlReader.readAll(file, ReadOptions.strict());
        PatientTable table = PatientTable.of(records, RecordNormalizer.standard());
        String[] entity = new String[table.size()];
        for (int row = 0; row < table.size(); row++) {
            entity[row] = FebrlReader.entityId(table.recordId(row));
        }
        Linker untrained = Linker.dedupe(table, start.compile()).withProgress(progress);
        ModelSpec trained = untrained.training().train(training);
        Linker linker = untrained.withModel(trained.withThresholds(trained.thresholds().withMatchProbability(threshold)));
        int threads = linker.threads();
        ScoredLinks[] perThread = new ScoredLinks[threads];
        long[] truePositives = new long[threads];
        long[] trueCandidates = new long[threads];
        long[] predicted = new long[threads];
        double minWeight = MatchWeights.weightOfProbability(threshold);
        InferenceSummary summary = linker.inference().predict(0, worker -> {
            ScoredLinks links = new ScoredLinks();
            perThread[worker] = links;
            return (a, b, rule, weight) -> {
                boolean same = entity[a].equals(entity[b]);
                if (same) {
                    trueCandidates[worker]++;
                }
                if (weight >= minWeight) {
                    links.add(a, b, (float) weight);
                    predicted[worker]++;
                    if (same) {
                        truePositives[worker]++;
                    }
                }
            };
        });
        ScoredLinks links = new ScoredLinks();
        long tp = 0;
        long candidatesTrue = 0;
        long predictedPairs = 0;
        for (int w = 0; w < threads; w++) {
            candidatesTrue += trueCandidates[w];
            predictedPairs += predicted[w];
            if (perThread[w] != null) {
                links.addAll(perThread[w]);
            }
            tp += truePositives[w];
        }
        long truePairs = PairwiseAccuracy.pairsWithin(entity);
        PairwiseAccuracy pairs = new PairwiseAccuracy(truePairs, predictedPairs, tp);
        Clusters clusters = linker.clustering().connectedComponents(links, ClusteringSettings.defaults());
        PairwiseAccuracy clusterAccuracy = PairwiseAccuracy.ofClusters(clusters.clusterOf(), entity);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(file.getFileName().toString(), table.size(), summary.pairsScored(), candidatesTrue, pairs, clusterAccuracy,
                seconds, trained);
    }

    /** Prints one table row per file. Usage: FebrlEvaluation FILE... */
    public static void main(String[] args) {
        System.out.printf("%-24s %7s %10s %8s %8s %8s %8s %8s %8s %8s %7s%n", "dataset", "records", "candidates",
                "candRecall",
                "P", "R", "F1", "clustP", "clustR", "clustF1", "seconds");
        for (String arg : args) {
            long t0 = System.nanoTime();
            Result r = evaluate(Path.of(arg), ModelSpec.defaultFebrlModel(), 0.5,
                    text -> System.err.printf("[%6.1fs] %s%n", (System.nanoTime() - t0) / 1e9, text));
            System.out.printf("%-24s %7d %10d %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %7.1f%n", r.dataset(),
                    r.records(), r.candidatePairs(), (double) r.trueCandidates() / r.pairs().truePairs(), r.pairs().precision(), r.pairs().recall(), r.pairs().f1(),
                    r.clusters().precision(), r.clusters().recall(), r.clusters().f1(), r.seconds());
        }
    }
}
