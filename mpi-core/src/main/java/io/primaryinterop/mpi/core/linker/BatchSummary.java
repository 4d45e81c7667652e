package io.primaryinterop.mpi.core.linker;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-of-run summary of a batch command.
 *
 * @param links links written (link) or kept for clustering (dedup), the links held for review left out
 * @param clusters clusters found; -1 for link runs
 * @param heldForReview per review rule of the model: links it held back from automatic linking
 * @param secondsPerPhase wall time per phase, and {@code total}
 * @param peakRssBytes peak resident memory of the process, -1 when unknown
 */
public record BatchSummary(long records, long skippedRows, String modelVersion, double threshold,
                           List<BatchJob.RulePairs> candidatePairsPerRule, long links, int clusters,
                           int refusedByGuard, int refusedBySize, List<BatchJob.ReviewRuleCount> heldForReview,
                           Map<String, Double> secondsPerPhase,
                           long peakRssBytes) {
    public BatchSummary {
        candidatePairsPerRule = List.copyOf(candidatePairsPerRule);
        heldForReview = List.copyOf(heldForReview);
        secondsPerPhase = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(secondsPerPhase));
    }

    public long candidatePairs() {
        return candidatePairsPerRule.stream().mapToLong(BatchJob.RulePairs::pairs).sum();
    }

    /** A human-readable summary (ids and counts only, never patient data). */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "records: %,d%s%n", records,
                skippedRows > 0 ? String.format(Locale.ROOT, " (%,d malformed rows skipped)", skippedRows) : ""));
        out.append("model: ").append(modelVersion).append(String.format(Locale.ROOT, ", threshold p >= %s%n", threshold));
        out.append(String.format(Locale.ROOT, "candidate pairs: %,d%n", candidatePairs()));
        for (BatchJob.RulePairs rule : candidatePairsPerRule) {
            out.append(String.format(Locale.ROOT, "  %,14d  %s%n", rule.pairs(), rule.rule()));
        }
        out.append(String.format(Locale.ROOT, "links: %,d%n", links));
        if (clusters >= 0) {
            out.append(String.format(Locale.ROOT, "clusters: %,d (guard refused %,d merges, size limit %,d)%n",
                    clusters, refusedByGuard, refusedBySize));
        }
        if (!heldForReview.isEmpty()) {
            out.append(String.format(Locale.ROOT, "held for review: %,d links, %,d of them between records left apart%n",
                    heldForReview.stream().mapToLong(BatchJob.ReviewRuleCount::held).sum(),
                    heldForReview.stream().mapToLong(BatchJob.ReviewRuleCount::toReview).sum()));
            for (BatchJob.ReviewRuleCount rule : heldForReview) {
                out.append(String.format(Locale.ROOT, "  %,14d  %,14d  %s%n", rule.held(), rule.toReview(), rule.rule()));
            }
        }
        out.append("time:");
        secondsPerPhase.forEach((phase, s) -> out.append(String.format(Locale.ROOT, " %s %.2f s;", phase, s)));
        out.setLength(out.length() - 1);
        out.append(System.lineSeparator());
        out.append(peakRssBytes < 0 ? "peak memory: unknown" : String.format(Locale.ROOT, "peak memory (RSS): %,d MiB",
                peakRssBytes >> 20)).append(System.lineSeparator());
        return out.toString();
    }
}
