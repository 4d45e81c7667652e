package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.blocking.BlockingIndex;
import io.primaryinterop.mpi.blocking.LinkMode;
import io.primaryinterop.mpi.core.cluster.ClusteringSettings;
import io.primaryinterop.mpi.core.cluster.Clusters;
import io.primaryinterop.mpi.core.cluster.ScoredLinks;
import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.scoring.MatchWeights;
import io.primaryinterop.mpi.core.table.PatientTable;
import io.primaryinterop.mpi.core.training.Progress;
import io.primaryinterop.mpi.core.training.Training;
import io.primaryinterop.mpi.core.training.Workers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;

/**
 * The batch runs behind the {@code dedup} and {@code link} commands: load and normalize, (train), block,
 * score, cluster, write. Candidate pairs are streamed: only links at or above the threshold are kept
 * (twelve bytes each) and scored pairs go straight to the pairs file. Outputs are written to temporary
 * files and moved into place at the end, so a failed run leaves nothing half-written.
 */
public final class BatchJob {

    /**
     * How a run goes. {@code reviewsOutput} (or null): where the links held by the model's review rules are
     * written, {@code left_id,right_id,match_weight,match_probability,rule}.
     */
    public record Settings(ModelSpec model, boolean train, Training.Settings training, Path saveModel,
                           Double threshold, Path pairsOutput, boolean skipBadRows, int threads, LinkMode linkMode,
                           boolean oneToOne, ClusteringSettings clustering, Path reviewsOutput) {
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
            if (threshold != null && !(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("threshold must be a probability in (0,1): " + threshold);
            }
            training = training == null ? Training.Settings.defaults() : training;
            linkMode = linkMode == null ? LinkMode.LINK_ONLY : linkMode;
            clustering = clustering == null ? ClusteringSettings.defaults() : clustering;
        }

        /** Without a reviews file. */
        public Settings(ModelSpec model, boolean train, Training.Settings training, Path saveModel, Double threshold,
                        Path pairsOutput, boolean skipBadRows, int threads, LinkMode linkMode, boolean oneToOne,
                        ClusteringSettings clustering) {
            this(model, train, training, saveModel, threshold, pairsOutput, skipBadRows, threads, linkMode, oneToOne,
                    clustering, null);
        }

        /** The format's default model, trained on the input, threshold from the model, all processors. */
        public static Settings defaults() {
            return new Settings(null, true, null, null, null, null, false, Workers.defaultThreads(), null, false, null);
        }
    }

    private BatchJob() {
    }

    /** Deduplicates one file into {@code record_id,cluster_id} (every input record exactly once). */
    public static BatchSummary dedup(Path input, InputFormat format, Path clustersOutput, Settings settings,
                                     Progress progress) {
        Phases phases = new Phases(progress);
        phases.start("load");
        RecordNormalizer normalizer = RecordNormalizer.standard();
        PatientTable.Builder builder = PatientTable.builder(normalizer);
        long skipped = ParallelLoad.load(format, input, readOptions(settings), builder, normalizer, settings.threads());
        PatientTable table = builder.build();
        phases.end(table.size() + " records" + (skipped > 0 ? ", " + skipped + " malformed rows skipped" : ""));
        Linker linker = Linker.dedupe(table, (settings.model() == null ? format.defaultModel() : settings.model())
                .compile()).withThreads(settings.threads()).withProgress(progress);
        linker = trainIfAsked(linker, settings, phases);
        double threshold = threshold(linker, settings);
        try (AtomicOutput clusters = new AtomicOutput(clustersOutput);
             AtomicOutput pairs = settings.pairsOutput() == null ? null : new AtomicOutput(settings.pairsOutput());
             AtomicOutput reviews = settings.reviewsOutput() == null ? null : new AtomicOutput(settings.reviewsOutput())) {
            List<RulePairs> perRule = new ArrayList<>();
            ScoredLinks links = score(linker, threshold, pairs, null, phases, perRule);
            phases.start("cluster");
            ReviewHolds holds = linker.clustering().holdForReview(links);
            Clusters found = linker.clustering().connectedComponents(holds.linked(), settings.clustering());
            // a held pair whose records ended up together through other links needs no review
            List<ReviewRuleCount> reviewCounts = writeReviews(reviews, table, holds, null,
                    i -> found.clusterOf(holds.held().left(i)) != found.clusterOf(holds.held().right(i)));
            phases.end(found.clusterCount() + " clusters; guard refused " + found.refusedByGuard()
                    + " merges, size limit " + found.refusedBySize() + "; " + holds.held().size() + " links held for review");
            phases.start("write");
            StringBuilder out = new StringBuilder(1 << 16);
            out.append("record_id,cluster_id\n");
            for (int row = 0; row < table.size(); row++) {
                CsvText.cell(out, table.recordId(row)).append(',');
                CsvText.cell(out, table.recordId(found.clusterOf(row))).append('\n');
                if (out.length() > 1 << 16) {
                    clusters.write(out);
                    out.setLength(0);
                }
            }
            clusters.write(out);
            if (pairs != null) {
                pairs.commit();
            }
            if (reviews != null) {
                reviews.commit();
            }
            clusters.commit();
            phases.end(clustersOutput.toString());
            return new BatchSummary(table.size(), skipped, linker.model().spec().version(), threshold, perRule,
                    holds.linked().size(), found.clusterCount(), found.refusedByGuard(), found.refusedBySize(),
                    reviewCounts, phases.seconds(), PeakMemory.peakRssBytes());
        }
    }

    /**
     * Links the records of {@code left} with those of {@code right} into
     * {@code left_id,right_id,match_weight,match_probability}; with one-to-one each record keeps its best link.
     */
    public static BatchSummary link(Path left, Path right, InputFormat format, Path linksOutput, Settings settings,
                                    Progress progress) {
        Phases phases = new Phases(progress);
        phases.start("load");
        RecordNormalizer normalizer = RecordNormalizer.standard();
        PatientTable.Builder builder = PatientTable.builder(normalizer);
        ReadOptions options = readOptions(settings);
        long skipped = ParallelLoad.load(format, left, options, builder, normalizer, settings.threads());
        int leftRows = builder.size();
        skipped += ParallelLoad.load(format, right, options, builder, normalizer, settings.threads());
        PatientTable table = builder.build();
        int[] side = new int[table.size()];
        java.util.Arrays.fill(side, leftRows, side.length, 1);
        phases.end(leftRows + " + " + (table.size() - leftRows) + " records"
                + (skipped > 0 ? ", " + skipped + " malformed rows skipped" : ""));
        Linker linker = Linker.link(table, side, settings.linkMode(),
                        (settings.model() == null ? format.defaultModel() : settings.model()).compile())
                .withThreads(settings.threads()).withProgress(progress);
        linker = trainIfAsked(linker, settings, phases);
        double threshold = threshold(linker, settings);
        try (AtomicOutput links = new AtomicOutput(linksOutput);
             AtomicOutput reviews = settings.reviewsOutput() == null ? null : new AtomicOutput(settings.reviewsOutput())) {
            List<RulePairs> perRule = new ArrayList<>();
            ScoredLinks scored = score(linker, threshold, null, side, phases, perRule);
            // links meeting a review rule are neither written nor offered to one-to-one: they go to review
            ReviewHolds holds = linker.clustering().holdForReview(scored);
            List<ReviewRuleCount> reviewCounts = writeReviews(reviews, table, holds, side, i -> true);
            ScoredLinks kept = holds.linked();
            if (settings.oneToOne()) {
                phases.start("one-to-one");
                kept = OneToOne.select(kept, table.size());
                phases.end(kept.size() + " links kept of " + holds.linked().size());
            }
            StringBuilder out = header(new StringBuilder());
            for (int i = 0; i < kept.size(); i++) {
                appendPair(out, table, kept.left(i), kept.right(i), side, kept.matchWeight(i));
                if (out.length() > 1 << 16) {
                    links.write(out);
                    out.setLength(0);
                }
            }
            links.write(out);
            if (reviews != null) {
                reviews.commit();
            }
            links.commit();
            return new BatchSummary(table.size(), skipped, linker.model().spec().version(), threshold, perRule,
                    kept.size(), -1, 0, 0, reviewCounts, phases.seconds(), PeakMemory.peakRssBytes());
        }
    }

    /**
     * Writes the held links for which {@code needsReview} holds to {@code reviews} (when given), and counts
     * them per rule.
     */
    private static List<ReviewRuleCount> writeReviews(AtomicOutput reviews, PatientTable table, ReviewHolds holds,
                                                      int[] side, IntPredicate needsReview) {
        ScoredLinks held = holds.held();
        long[] all = holds.heldPerRule();
        long[] open = new long[all.length];
        StringBuilder out = new StringBuilder();
        if (reviews != null) {
            out.append("left_id,right_id,match_weight,match_probability,rule\n");
        }
        for (int i = 0; i < held.size(); i++) {
            if (!needsReview.test(i)) {
                continue;
            }
            open[holds.ruleIndex(i)]++;
            if (reviews != null) {
                appendPair(out, table, held.left(i), held.right(i), side, held.matchWeight(i));
                out.setLength(out.length() - 1);
                CsvText.cell(out.append(','), holds.rule(i)).append('\n');
                if (out.length() > 1 << 16) {
                    reviews.write(out);
                    out.setLength(0);
                }
            }
        }
        if (reviews != null) {
            reviews.write(out);
        }
        List<ReviewRuleCount> counts = new ArrayList<>(all.length);
        for (int r = 0; r < all.length; r++) {
            counts.add(new ReviewRuleCount(holds.ruleLabels().get(r), all[r], open[r]));
        }
        return counts;
    }

    private static Linker trainIfAsked(Linker linker, Settings settings, Phases phases) {
        ModelSpec spec = linker.model().spec();
        if (settings.train()) {
            phases.start("train");
            spec = linker.training().train(settings.training());
            linker = linker.withModel(spec);
            phases.end("lambda " + String.format("%.4g", spec.lambda()));
        }
        if (settings.saveModel() != null) {
            spec.write(settings.saveModel());
        }
        return linker;
    }

    private static double threshold(Linker linker, Settings settings) {
        return settings.threshold() != null ? settings.threshold() : linker.model().thresholds().matchProbability();
    }

    /**
     * Scores every candidate pair; keeps links at or above the threshold and, when {@code pairs} is given,
     * streams them to it from per-thread buffers. With sides, only pairs across the sides are written.
     */
    private static ScoredLinks score(Linker linker, double threshold, AtomicOutput pairs, int[] side, Phases phases,
                                     List<RulePairs> perRule) {
        phases.start("block");
        BlockingIndex index = linker.blockingIndex();
        phases.end(index.rules().size() + " rules");
        phases.start("score");
        if (pairs != null) {
            pairs.write(header(new StringBuilder()));
        }
        int threads = linker.threads();
        PatientTable table = linker.table();
        ScoredLinks[] kept = new ScoredLinks[threads];
        StringBuilder[] buffers = new StringBuilder[threads];
        LongAdder scored = new LongAdder();
        InferenceSummary summary;
        try (ProgressTicker ticker = new ProgressTicker(phases.progress(), "score", scored)) {
            summary = linker.inference().predict(threshold, worker -> {
                ScoredLinks links = new ScoredLinks(1 << 12);
                kept[worker] = links;
                StringBuilder buffer = new StringBuilder(1 << 17);
                buffers[worker] = buffer;
                return (a, b, rule, weight) -> {
                    links.add(a, b, (float) weight);
                    if (pairs != null) {
                        appendPair(buffer, table, a, b, side, weight);
                        if (buffer.length() > 1 << 16) {
                            synchronized (pairs) {
                                pairs.write(buffer);
                            }
                            buffer.setLength(0);
                        }
                    }
                };
            });
            scored.add(summary.pairsScored());
        }
        ScoredLinks all = new ScoredLinks(Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, summary.pairsAtOrAbove())));
        for (ScoredLinks links : kept) {
            if (links != null) {
                all.addAll(links);
            }
        }
        if (pairs != null) {
            for (StringBuilder buffer : buffers) {
                if (buffer != null) {
                    pairs.write(buffer);
                }
            }
        }
        for (int r = 0; r < index.rules().size(); r++) {
            perRule.add(new RulePairs(index.rules().get(r).text(), summary.pairsPerRule()[r]));
        }
        phases.end(summary.pairsScored() + " candidate pairs, " + summary.pairsAtOrAbove() + " at p >= " + threshold);
        return all;
    }

    private static StringBuilder header(StringBuilder out) {
        return out.append("left_id,right_id,match_weight,match_probability\n");
    }

    private static void appendPair(StringBuilder out, PatientTable table, int a, int b, int[] side, double weight) {
        int left = a;
        int right = b;
        if (side != null && side[a] > side[b]) {
            left = b;
            right = a;
        }
        CsvText.cell(out, table.recordId(left)).append(',');
        CsvText.cell(out, table.recordId(right)).append(',');
        CsvText.fixed(out, weight, 4).append(',');
        CsvText.fixed(out, MatchWeights.probability(weight), 6).append('\n');
    }

    private static ReadOptions readOptions(Settings settings) {
        return ReadOptions.strict().withSkipBadRows(settings.skipBadRows());
    }

    /**
     * Links a review rule held back: {@code held} in all, of which {@code toReview} between records that did not
     * end up together through other links (the pairs written to the reviews file).
     */
    public record ReviewRuleCount(String rule, long held, long toReview) {
    }

    /** Candidate pairs a rule yielded (pairs an earlier rule yielded are not counted again). */
    public record RulePairs(String rule, long pairs) {
    }
}
