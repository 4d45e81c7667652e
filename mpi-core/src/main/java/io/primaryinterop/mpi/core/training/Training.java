package io.primaryinterop.mpi.core.training;

import io.primaryinterop.mpi.blocking.BlockingIndex;
import io.primaryinterop.mpi.blocking.BlockingOptions;
import io.primaryinterop.mpi.blocking.BlockingRule;
import io.primaryinterop.mpi.blocking.BlockingRuleSet;
import io.primaryinterop.mpi.blocking.LinkMode;
import io.primaryinterop.mpi.core.compare.Comparison;
import io.primaryinterop.mpi.core.compare.ComparisonLevel;
import io.primaryinterop.mpi.core.compare.DateExact;
import io.primaryinterop.mpi.core.compare.Exact;
import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.scoring.MatchWeights;
import io.primaryinterop.mpi.core.scoring.TableScorer;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The training facet of a linker: unsupervised estimation of u, m and lambda on one table.
 *
 * <ol>
 *   <li>u from random record pairs ({@link RandomPairSampler}).</li>
 *   <li>One EM session per training blocking rule, over the gamma-pattern counts of the pairs the rule
 *       yields (a seeded uniform sample when there are more than the cap). Comparisons reading a field of
 *       the rule are left out of the session: the rule made their agreement certain, so the pairs say
 *       nothing about them. u stays fixed; m and the session's lambda are estimated.</li>
 *   <li>m of each comparison is the average over the sessions that estimated it.</li>
 *   <li>lambda: EM with m and u fixed over (a sample of) the prediction rules' candidate pairs gives the
 *       share of matches among candidates; times the candidate count over all record pairs it is the
 *       prior P(match) for two random records.</li>
 * </ol>
 */
public final class Training {

    /** Sample sizes, seed and EM settings of a training run. */
    public record Settings(long randomPairs, long seed, long maxPairsPerSession, long maxPairsForLambda,
                           ExpectationMaximisation.Settings em) {
        public Settings {
            if (randomPairs < 1 || maxPairsPerSession < 1 || maxPairsForLambda < 1) {
                throw new IllegalArgumentException("sample sizes must be >= 1: " + randomPairs + ", "
                        + maxPairsPerSession + ", " + maxPairsForLambda);
            }
        }

        /** 1M random pairs for u, at most 1M pairs per session and 500k for lambda, seed 42. */
        public static Settings defaults() {
            return new Settings(1_000_000, 42, 1_000_000, 500_000, ExpectationMaximisation.Settings.defaults());
        }
    }

    /** One session's outcome: its report line, the parameters it ended with and which comparisons it estimated. */
    public record SessionResult(TrainingReport.Session report, EmParameters parameters, boolean[] estimated) {
    }

    /** The prior and how it was found. */
    public record LambdaEstimate(double candidatePairLambda, long candidatePairs, double lambda) {
    }

    private final MatchModel model;
    private final PatientTable table;
    private final LinkMode mode;
    private final int[] sideOfRow;
    private final int threads;
    private final Progress progress;
    private final TableScorer scorer;
    private final Supplier<BlockingIndex> predictionIndex;

    public Training(MatchModel model, PatientTable table, LinkMode mode, int[] sideOfRow, int threads,
                    Progress progress) {
        this(model, table, mode, sideOfRow, threads, progress, null);
    }

    /**
     * @param predictionIndex the index of the model's prediction rules on this table when the caller has it
     *                        (built here when null)
     */
    public Training(MatchModel model, PatientTable table, LinkMode mode, int[] sideOfRow, int threads,
                    Progress progress, Supplier<BlockingIndex> predictionIndex) {
        if (mode != LinkMode.DEDUPE && (sideOfRow == null || sideOfRow.length != table.size())) {
            throw new IllegalArgumentException("linking needs a side (0 or 1) for each of the " + table.size()
                    + " rows");
        }
        this.model = model;
        this.table = table;
        this.mode = mode;
        this.sideOfRow = sideOfRow == null ? null : sideOfRow.clone();
        this.threads = threads;
        this.progress = progress;
        this.scorer = model.scorer(table);
        this.predictionIndex = predictionIndex != null ? predictionIndex
                : () -> model.blockingRules().index(table, options(), threads);
    }

    /** Trains u, m and lambda from the model's current parameters; returns the trained model with its report. */
    public ModelSpec train(Settings settings) {
        ModelSpec spec = model.spec();
        double[][] u = estimateU(settings.randomPairs(), settings.seed());
        EmParameters start = new EmParameters(0.1, mOf(spec), u);
        int comparisons = spec.comparisons().size();
        double[][] mSum = new double[comparisons][];
        int[] sessionsEstimated = new int[comparisons];
        for (int c = 0; c < comparisons; c++) {
            mSum[c] = new double[spec.comparisons().get(c).levelCount()];
        }
        List<TrainingReport.Session> sessions = new ArrayList<>();
        for (String rule : spec.trainingBlockingRules()) {
            SessionResult session = estimateParametersByEm(rule, start, settings.maxPairsPerSession(),
                    settings.seed(), settings.em());
            sessions.add(session.report());
            for (int c = 0; c < comparisons; c++) {
                if (session.estimated()[c]) {
                    sessionsEstimated[c]++;
                    for (int l = 0; l < mSum[c].length; l++) {
                        mSum[c][l] += session.parameters().m(c, l);
                    }
                }
            }
        }
        double[][] m = start.m();
        for (int c = 0; c < comparisons; c++) {
            if (sessionsEstimated[c] > 0) {
                for (int l = 0; l < m[c].length; l++) {
                    m[c][l] = mSum[c][l] / sessionsEstimated[c];
                }
            }
        }
        EmParameters trained = new EmParameters(0.1, m, u);
        List<Comparison> newComparisons = withParameters(spec, trained);
        ModelSpec withMu = spec.withComparisons(newComparisons);
        LambdaEstimate lambda = lambdaFromSessions(withMu, sessions);
        String source;
        if (lambda != null) {
            source = "sessions on exact-field rules: matches among the rule's pairs / P(rule agrees | match)";
        } else {
            lambda = new Training(withMu.compile(), table, mode, sideOfRow, threads, progress, predictionIndex)
                    .estimateLambda(settings.maxPairsForLambda(), settings.seed(), settings.em());
            source = "EM over candidate pairs with m and u fixed";
        }
        TrainingReport report = new TrainingReport(table.size(), settings.randomPairs(), settings.seed(), sessions,
                lambda.candidatePairLambda(), lambda.candidatePairs(), lambda.lambda(), source,
                parameterReport(newComparisons, sessionsEstimated));
        String version = spec.version().replaceAll("-trained$", "") + "-trained";
        return spec.withComparisons(newComparisons).withLambda(lambda.lambda()).withTrainingReport(version, report);
    }

    /**
     * The prior from the sessions whose rule is exact equality on fields that have an exact comparison
     * level: EM found {@code lambda_s * rulePairs} matches among the rule's pairs; a match agrees on
     * those fields with probability {@code prod m(exact)}, so all matches number about
     * {@code lambda_s * rulePairs / prod m(exact)}; over all record pairs that is the prior. Averaged over
     * such sessions; {@code null} when there is none. Unlike EM over the candidate pairs, this does not
     * count as matches the many candidate pairs that agree on correlated fields (a household's address,
     * phone and family name).
     */
    private LambdaEstimate lambdaFromSessions(ModelSpec trained, List<TrainingReport.Session> sessions) {
        double sum = 0;
        int used = 0;
        for (TrainingReport.Session session : sessions) {
            BlockingRule rule = BlockingRule.parse(session.blockingRule());
            List<String> terms = List.of(rule.canonicalText().split(" & "));
            if (!rule.fields().containsAll(terms) || terms.size() != rule.fields().size()) {
                continue;
            }
            double recall = 1;
            for (String field : terms) {
                Comparison exact = trained.comparisons().stream()
                        .filter(c -> c.fields().size() == 1 && c.field().column().equals(field))
                        .filter(c -> c.levelCount() > 2 && (c.level(1).condition() instanceof Exact
                                || c.level(1).condition() instanceof DateExact))
                        .findFirst().orElse(null);
                recall = exact == null ? Double.NaN : recall * exact.level(1).m();
            }
            if (!(recall > 0)) {
                continue;
            }
            double matches = session.lambda() * session.rulePairs() / recall;
            sum += matches / allPairs();
            used++;
            progress.message(String.format("training: session '%s' implies %.0f matches (recall of the rule %.3f)",
                    session.blockingRule(), matches, recall));
        }
        if (used == 0) {
            return null;
        }
        double lambda = Math.min(0.5, Math.max(1e-12, sum / used));
        progress.message("training: lambda " + String.format("%.4g", lambda) + " from " + used + " session(s)");
        return new LambdaEstimate(-1, -1, lambda);
    }

    /** u per comparison and level from {@code pairs} seeded random pairs. */
    public double[][] estimateU(long pairs, long seed) {
        progress.message("training: u from " + pairs + " random pairs");
        RandomPairSampler.PairDrawer drawer = mode == LinkMode.LINK_ONLY
                ? RandomPairSampler.PairDrawer.link(rowsOfSide(0), rowsOfSide(1))
                : RandomPairSampler.PairDrawer.dedupe(table.size());
        PatternCounts counts = new RandomPairSampler(pairs, seed, threads).sample(drawer, scorer::pattern);
        return RandomPairSampler.uFromCounts(counts, levelCounts(model.spec()), nullLevels(model.spec()));
    }

    /**
     * One EM session over the pairs of one training blocking rule; comparisons reading a field of the rule
     * keep their parameters.
     */
    public SessionResult estimateParametersByEm(String ruleText, EmParameters start, long maxPairs, long seed,
                                                ExpectationMaximisation.Settings em) {
        BlockingRule rule = BlockingRule.parse(ruleText);
        ModelSpec spec = model.spec();
        boolean[] active = new boolean[spec.comparisons().size()];
        List<String> fixed = new ArrayList<>();
        for (int c = 0; c < active.length; c++) {
            Comparison comparison = spec.comparisons().get(c);
            active[c] = comparison.fields().stream().map(PatientField::column).noneMatch(readsField(rule.fields()));
            if (!active[c]) {
                fixed.add(comparison.name());
            }
        }
        BlockingIndex index = BlockingRuleSet.of(List.of(ruleText)).index(table, options(), threads);
        long pairs = index.pairTotals().get(0).pairs();
        PairSampling sampling = PairSampling.atMost(maxPairs, pairs, seed);
        PatternCounts counts = countPatterns(index, sampling);
        double startLambda = Math.min(0.5, Math.max(0.01, 0.5 * table.size() / Math.max(1.0, pairs)));
        EmParameters from = new EmParameters(startLambda, start.m(), start.u());
        ExpectationMaximisation.Result result = new ExpectationMaximisation(em, nullLevels(spec), active)
                .run(counts.snapshot(), from);
        TrainingReport.Session report = new TrainingReport.Session(ruleText, fixed, pairs, counts.totalPairs(),
                counts.distinctPatterns(), result.iterations(), result.converged(), result.finalLogLikelihood(),
                result.parameters().lambda());
        progress.message("training: session '" + ruleText + "': " + counts.totalPairs() + " pairs, "
                + counts.distinctPatterns() + " patterns, " + result.iterations() + " iterations"
                + (result.converged() ? "" : " (not converged)") + ", lambda " + String.format("%.4g",
                result.parameters().lambda()) + ", fixed " + fixed);
        return new SessionResult(report, result.parameters(), active);
    }

    /** The prior from the share of matches among the prediction rules' candidate pairs (m and u fixed). */
    public LambdaEstimate estimateLambda(long maxPairs, long seed, ExpectationMaximisation.Settings em) {
        ModelSpec spec = model.spec();
        BlockingIndex index = predictionIndex.get();
        long upperBound = index.pairTotals().stream().mapToLong(r -> r.pairs()).sum();
        PairSampling sampling = PairSampling.atMost(maxPairs, upperBound, seed + 1);
        long[] seen = new long[threads];
        PatternCounts counts = countPatterns(index, sampling, seen);
        long candidates = 0;
        for (long s : seen) {
            candidates += s;
        }
        boolean[] active = new boolean[spec.comparisons().size()];
        java.util.Arrays.fill(active, true);
        ExpectationMaximisation.Settings lambdaOnly = new ExpectationMaximisation.Settings(em.maxIterations(),
                Math.min(em.tolerance(), 1e-6), false, false, true);
        EmParameters parameters = new EmParameters(0.1, mOf(spec), uOf(spec));
        double candidateLambda = new ExpectationMaximisation(lambdaOnly, nullLevels(spec), active)
                .run(counts.snapshot(), parameters).parameters().lambda();
        double allPairs = allPairs();
        double lambda = Math.min(0.5, Math.max(1e-12, candidateLambda * candidates / allPairs));
        progress.message("training: " + candidates + " candidate pairs, " + String.format("%.4g", candidateLambda)
                + " of them matches; lambda " + String.format("%.4g", lambda));
        return new LambdaEstimate(candidateLambda, candidates, lambda);
    }

    private PatternCounts countPatterns(BlockingIndex index, PairSampling sampling) {
        return countPatterns(index, sampling, new long[threads]);
    }

    private PatternCounts countPatterns(BlockingIndex index, PairSampling sampling, long[] seen) {
        PatternCounts[] perThread = new PatternCounts[threads];
        index.forEachPairParallel(threads, worker -> {
            PatternCounts counts = new PatternCounts();
            perThread[worker] = counts;
            TableScorer own = scorer.forThread();
            return (left, right, rule) -> {
                seen[worker]++;
                if (sampling.keeps(left, right)) {
                    counts.add(own.pattern(left, right));
                }
            };
        });
        PatternCounts all = new PatternCounts();
        for (PatternCounts counts : perThread) {
            if (counts != null) {
                all.addAll(counts);
            }
        }
        return all;
    }

    private BlockingOptions options() {
        return model.blockingRules().options(mode, sideOfRow);
    }

    private double allPairs() {
        if (mode == LinkMode.LINK_ONLY) {
            return (double) rowsOfSide(0).length * rowsOfSide(1).length;
        }
        return (double) table.size() * (table.size() - 1) / 2;
    }

    private int[] rowsOfSide(int side) {
        int count = 0;
        for (int s : sideOfRow) {
            if (s == side) {
                count++;
            }
        }
        int[] rows = new int[count];
        int i = 0;
        for (int row = 0; row < sideOfRow.length; row++) {
            if (sideOfRow[row] == side) {
                rows[i++] = row;
            }
        }
        return rows;
    }

    private static java.util.function.Predicate<String> readsField(Set<String> ruleFields) {
        return field -> ruleFields.contains(field) || (field.equals("birth_date") && ruleFields.contains("dob"));
    }

    static int[] levelCounts(ModelSpec spec) {
        return spec.comparisons().stream().mapToInt(Comparison::levelCount).toArray();
    }

    /** Level 0 is every comparison's null level. */
    static int[] nullLevels(ModelSpec spec) {
        return new int[spec.comparisons().size()];
    }

    static double[][] mOf(ModelSpec spec) {
        return spec.comparisons().stream()
                .map(c -> c.levels().stream().mapToDouble(ComparisonLevel::m).toArray()).toArray(double[][]::new);
    }

    static double[][] uOf(ModelSpec spec) {
        return spec.comparisons().stream()
                .map(c -> c.levels().stream().mapToDouble(ComparisonLevel::u).toArray()).toArray(double[][]::new);
    }

    /** The comparisons with new m and u (floored so that every level keeps a finite weight). */
    static List<Comparison> withParameters(ModelSpec spec, EmParameters p) {
        List<Comparison> result = new ArrayList<>();
        for (int c = 0; c < spec.comparisons().size(); c++) {
            Comparison comparison = spec.comparisons().get(c);
            List<ComparisonLevel> levels = new ArrayList<>(comparison.levels());
            for (int l = 1; l < levels.size(); l++) {
                double m = Math.min(1, Math.max(MatchWeights.MIN_PROBABILITY, p.m(c, l)));
                double u = Math.min(1, Math.max(MatchWeights.MIN_PROBABILITY, p.u(c, l)));
                levels.set(l, levels.get(l).withM(m).withU(u));
            }
            // a mutable field list: Comparison's null check calls contains(null), which List.of rejects
            result.add(new Comparison(comparison.name(), new ArrayList<>(comparison.fields()), levels));
        }
        return result;
    }

    private static List<TrainingReport.ComparisonParameters> parameterReport(List<Comparison> comparisons,
                                                                             int[] sessionsEstimated) {
        List<TrainingReport.ComparisonParameters> report = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            Comparison comparison = comparisons.get(c);
            List<TrainingReport.LevelParameters> levels = new ArrayList<>();
            for (ComparisonLevel level : comparison.levels()) {
                levels.add(new TrainingReport.LevelParameters(level.label(), level.m(), level.u(),
                        level.matchWeight(), level.isNullLevel() ? 0 : sessionsEstimated[c]));
            }
            report.add(new TrainingReport.ComparisonParameters(comparison.name(), levels));
        }
        return report;
    }
}
