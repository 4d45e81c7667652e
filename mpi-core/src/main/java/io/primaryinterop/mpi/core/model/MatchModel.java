package io.primaryinterop.mpi.core.model;

import io.primaryinterop.mpi.blocking.BlockingRuleSet;
import io.primaryinterop.mpi.core.compare.Comparison;
import io.primaryinterop.mpi.core.compare.CompiledComparison;
import io.primaryinterop.mpi.core.compare.ComparisonLevel;
import io.primaryinterop.mpi.core.normalize.NormalizedRecord;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.scoring.MatchWeights;
import io.primaryinterop.mpi.core.scoring.TableScorer;
import io.primaryinterop.mpi.core.table.PatientTable;
import io.primaryinterop.mpi.core.training.GammaPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine compiled from a {@link ModelSpec}: compiled comparisons and a table of level weights.
 * Immutable and safe to share between threads. Scores are sums of log2 weights; the probability is
 * taken only at the end.
 */
public final class MatchModel {
    private final ModelSpec spec;
    private final CompiledComparison[] comparisons;
    private final double[][] levelWeights;
    private final double priorWeight;
    private final BlockingRuleSet blockingRules;
    private final RecordNormalizer normalizer;
    private final CompiledPatternRules cannotLinkRules;
    private final CompiledPatternRules reviewRules;

    private MatchModel(ModelSpec spec) {
        this.spec = spec;
        int n = spec.comparisons().size();
        this.comparisons = new CompiledComparison[n];
        this.levelWeights = new double[n][];
        for (int c = 0; c < n; c++) {
            Comparison comparison = spec.comparisons().get(c);
            comparisons[c] = comparison.compile();
            levelWeights[c] = new double[comparison.levelCount()];
            for (int l = 0; l < comparison.levelCount(); l++) {
                ComparisonLevel level = comparison.level(l);
                levelWeights[c][l] = level.isNullLevel() ? 0 : MatchWeights.levelWeight(level.m(), level.u());
            }
        }
        this.priorWeight = MatchWeights.priorWeight(spec.lambda());
        this.blockingRules = BlockingRuleSet.of(spec.blockingRules());
        this.normalizer = RecordNormalizer.standard();
        this.cannotLinkRules = new CompiledPatternRules(spec, spec.cannotLinkRules());
        this.reviewRules = new CompiledPatternRules(spec, spec.reviewRules());
    }

    /**
     * Whether a pair with this gamma pattern meets one of the model's cannot-link rules: the two records are
     * different people whatever their match weight (a twin, a junior or senior). Batch clustering refuses such
     * links; ingest should not auto-link them.
     */
    public boolean cannotLink(long pattern) {
        return cannotLinkRules.firstMatch(pattern) >= 0;
    }

    /**
     * Whether a pair with pattern {@code by} explains every cannot-link rule that a pair with {@code pattern} meets:
     * each of those rules has {@linkplain PatternRule#linkExplains() conditions that explain it}, and {@code by} meets
     * one of them. False when no rule holds (there is nothing to explain) or one holds that nothing explains.
     */
    public boolean explains(long by, long pattern) {
        return cannotLink(pattern) && !cannotLinkRules.anyUnexplained(pattern, by);
    }

    /**
     * Whether a link explains the cannot-link rules between two other records of the clusters it would merge, all
     * along the chain (batch clustering's guard, and ingest): the link's pattern {@code link} explains them, and so
     * does each record's pattern with the link's end in its own cluster ({@code link} itself where the record is that
     * end). A person's record with her middle name as first name joins her through a record carrying both names.
     */
    public boolean explainsAcross(long pattern, long link, long leftToLinkEnd, long rightToLinkEnd) {
        return explains(link, pattern) && explains(leftToLinkEnd, pattern) && explains(rightToLinkEnd, pattern);
    }

    /**
     * The index in {@code spec().reviewRules()} of the first review rule a pair with this gamma pattern meets, or
     * -1: such a pair is never linked automatically, whatever its weight (batch leaves the link out of clustering
     * and reports it; ingest decides REVIEW). A pair that {@link #cannotLink cannot link} needs no review: check
     * that first.
     */
    public int reviewRule(long pattern) {
        return reviewRules.firstMatch(pattern);
    }

    /** The label of the review rule at an index of {@link #reviewRule}. */
    public String reviewRuleLabel(int index) {
        return spec.reviewRules().get(index).label();
    }

    static MatchModel compile(ModelSpec spec) {
        return new MatchModel(spec);
    }

    public ModelSpec spec() {
        return spec;
    }

    /** The prediction blocking rules of the model. */
    public BlockingRuleSet blockingRules() {
        return blockingRules;
    }

    /** The normalizer records must pass through before scoring. */
    public RecordNormalizer normalizer() {
        return normalizer;
    }

    public Thresholds thresholds() {
        return spec.thresholds();
    }

    /** log2(lambda / (1 - lambda)). */
    public double priorWeight() {
        return priorWeight;
    }

    public int comparisonCount() {
        return comparisons.length;
    }

    /** The compiled comparison at an index. */
    public CompiledComparison comparison(int index) {
        return comparisons[index];
    }

    /** log2(m/u) of one level (0 for the null level). */
    public double levelWeight(int comparison, int level) {
        return levelWeights[comparison][level];
    }

    /** Scores two normalized records (no term-frequency adjustment: a single pair has no value frequencies). */
    public PairScore score(NormalizedRecord a, NormalizedRecord b) {
        List<Contribution> contributions = new ArrayList<>(comparisons.length);
        double weight = priorWeight;
        for (int c = 0; c < comparisons.length; c++) {
            int level = comparisons[c].level(a, b);
            double w = levelWeights[c][level];
            weight += w;
            contributions.add(contribution(c, level, w));
        }
        return new PairScore(weight, MatchWeights.probability(weight), contributions);
    }

    /** Scores two rows of a table, with term-frequency adjustment from the table's value counts. */
    public PairScore score(PatientTable table, int a, int b) {
        return scorer(table).score(a, b);
    }

    /** A scorer bound to one table: the allocation-free hot path for batch scoring. */
    public TableScorer scorer(PatientTable table) {
        return new TableScorer(this, table);
    }

    /** The gamma pattern of two normalized records. */
    public long pattern(NormalizedRecord a, NormalizedRecord b) {
        long pattern = 0;
        for (int c = 0; c < comparisons.length; c++) {
            pattern |= (long) comparisons[c].level(a, b) << (c * GammaPattern.BITS);
        }
        return pattern;
    }

    /** Contribution of one comparison at a level with a weight (explanations). */
    public Contribution contribution(int comparison, int level, double weight) {
        Comparison spec = this.spec.comparisons().get(comparison);
        return new Contribution(spec.name(), spec.level(level).label(), level, weight);
    }
}
