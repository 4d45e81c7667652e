package io.primaryinterop.mpi.core.scoring;

import io.primaryinterop.mpi.core.compare.Comparison;
import io.primaryinterop.mpi.core.compare.CompiledComparison;
import io.primaryinterop.mpi.core.compare.ComparisonLevel;
import io.primaryinterop.mpi.core.compare.AllOf;
import io.primaryinterop.mpi.core.compare.DamerauLevenshteinAtMost;
import io.primaryinterop.mpi.core.compare.DateExact;
import io.primaryinterop.mpi.core.compare.Exact;
import io.primaryinterop.mpi.core.compare.IsNull;
import io.primaryinterop.mpi.core.compare.JaroWinklerAtLeast;
import io.primaryinterop.mpi.core.compare.LevelCondition;
import io.primaryinterop.mpi.core.compare.LevenshteinAtMost;
import io.primaryinterop.mpi.core.compare.EqualsOtherSecondField;
import io.primaryinterop.mpi.core.compare.NamesSwapped;
import io.primaryinterop.mpi.core.compare.TokenOverlapAtLeast;
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
 * i.e. log2(m/tf) at w = 1, where tf is the agreed value's share of the rows, shrunk towards u on small
 * tables ({@link TermFrequencySettings#frequency}). The adjustment per
 * dictionary code is computed once here, so the hot loop only adds a looked-up float. The shared instance
 * is thread-safe; {@link #forThread()} gives each worker its own caches.
 */
public final class TableScorer {
    private final MatchModel model;
    private final PatientTable table;
    private final CompiledComparison[] comparisons;
    private final double[][] weights;
    /** Per comparison: for the level with term-frequency adjustment, its index, else -1. */
    private final int[] tfLevel;
    /** Per comparison with tf: the adjustment per code. */
    private final float[][] tfAdjustment;
    private final double priorWeight;
    /** Per comparison: whether the field's level cache is worth having. */
    private final boolean[] cached;
    /** Per comparison: level 0 is the null level and level 1 exact agreement, decided from codes alone. */
    private final boolean[] decidedByCodes;
    /**
     * The comparisons' field codes row-major ({@code rowCodes[row * comparisons + c]}): scoring a pair reads
     * one or two cache lines per record instead of one per comparison from column arrays, and most
     * comparisons of a candidate pair are settled by equal or missing codes without touching strings.
     * After the comparisons' codes come the codes of their second fields (given name: middle name).
     */
    private final int[] rowCodes;
    /** Ints per row in {@link #rowCodes}. */
    private final int stride;
    /** Per comparison: where its second field's code is in a row of {@link #rowCodes}; -1 when none. */
    private final int[] secondSlot;
    /** Per comparison: this thread's level cache (null on the shared instance, see {@link #forThread()}). */
    private final LevelCache[] caches;

    public TableScorer(MatchModel model, PatientTable table) {
        this.model = model;
        this.table = table;
        int n = model.comparisonCount();
        this.comparisons = new CompiledComparison[n];
        this.weights = new double[n][];
        this.tfLevel = new int[n];
        this.tfAdjustment = new float[n][];
        this.priorWeight = model.priorWeight();
        this.cached = new boolean[n];
        this.decidedByCodes = new boolean[n];
        this.caches = null;
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
                    tfAdjustment[c] = adjustments(table, field, level.u(), tf);
                }
            }
            cached[c] = worthCaching(spec);
            decidedByCodes[c] = spec.fields().size() == 1 && spec.levelCount() > 2
                    && spec.level(0).condition() instanceof IsNull
                    && (spec.level(1).condition() instanceof Exact || spec.level(1).condition() instanceof DateExact);
        }
        this.secondSlot = new int[n];
        List<PatientField> slots = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            slots.add(comparisons[c].comparison().field());
        }
        for (int c = 0; c < n; c++) {
            PatientField second = comparisons[c].secondField();
            secondSlot[c] = second == null ? -1 : slots.size();
            if (second != null) {
                slots.add(second);
            }
        }
        this.stride = slots.size();
        this.rowCodes = rowMajor(table, slots);
    }

    private static int[] rowMajor(PatientTable table, List<PatientField> slots) {
        int stride = slots.size();
        long cells = (long) table.size() * stride;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("table too large to score: " + table.size() + " rows x " + stride
                    + " codes");
        }
        int[] codes = new int[(int) cells];
        for (int s = 0; s < stride; s++) {
            PatientField field = slots.get(s);
            for (int row = 0; row < table.size(); row++) {
                codes[row * stride + s] = table.code(field, row);
            }
        }
        return codes;
    }

    private TableScorer(TableScorer shared) {
        this.model = shared.model;
        this.table = shared.table;
        this.comparisons = shared.comparisons;
        this.weights = shared.weights;
        this.tfLevel = shared.tfLevel;
        this.tfAdjustment = shared.tfAdjustment;
        this.priorWeight = shared.priorWeight;
        this.cached = shared.cached;
        this.decidedByCodes = shared.decidedByCodes;
        this.rowCodes = shared.rowCodes;
        this.stride = shared.stride;
        this.secondSlot = shared.secondSlot;
        this.caches = new LevelCache[comparisons.length];
        for (int c = 0; c < comparisons.length; c++) {
            if (cached[c]) {
                caches[c] = new LevelCache();
            }
        }
    }

    /**
     * A scorer for one thread: same results, plus a small cache per string comparison of the level of
     * each recently seen pair of values (candidate pairs repeat value pairs: names within a block, cities,
     * postcodes), so the edit-distance and Jaro-Winkler work is done once per value pair. Not thread-safe.
     */
    public TableScorer forThread() {
        return new TableScorer(this);
    }

    /** Comparisons with string-similarity levels, whose levels depend only on the two values of one field. */
    private static boolean worthCaching(Comparison spec) {
        boolean costly = false;
        for (ComparisonLevel level : spec.levels()) {
            LevelCondition condition = level.condition();
            if (condition instanceof NamesSwapped || condition instanceof EqualsOtherSecondField) {
                return false;
            }
            costly |= condition instanceof JaroWinklerAtLeast || condition instanceof LevenshteinAtMost
                    || condition instanceof DamerauLevenshteinAtMost || condition instanceof TokenOverlapAtLeast
                    || condition instanceof AllOf;
        }
        return costly && spec.fields().size() == 1;
    }

    private int level(int c, int a, int b) {
        int rowA = a * stride;
        int rowB = b * stride;
        int codeA = rowCodes[rowA + c];
        int codeB = rowCodes[rowB + c];
        if (decidedByCodes[c]) {
            if (codeA == PatientTable.NULL_CODE || codeB == PatientTable.NULL_CODE) {
                return 0;
            }
            if (codeA == codeB) {
                return 1;
            }
        }
        int slot = secondSlot[c];
        int secondA = slot < 0 ? PatientTable.NULL_CODE : rowCodes[rowA + slot];
        int secondB = slot < 0 ? PatientTable.NULL_CODE : rowCodes[rowB + slot];
        LevelCache cache = caches == null ? null : caches[c];
        if (cache == null || codeA == codeB || codeA == PatientTable.NULL_CODE || codeB == PatientTable.NULL_CODE) {
            return comparisons[c].levelOfCodes(table, codeA, codeB, secondA, secondB);
        }
        long key = codeA < codeB ? (long) codeA << 32 | codeB : (long) codeB << 32 | codeA;
        int level = cache.get(key);
        if (level < 0) {
            level = comparisons[c].levelOfCodes(table, codeA, codeB, secondA, secondB);
            cache.put(key, level);
        }
        return level;
    }

    /** A direct-mapped cache from a pair of value codes to a level; a collision simply overwrites. */
    private static final class LevelCache {
        private static final int SIZE = 1 << 15;
        private final long[] keys = new long[SIZE];
        private final byte[] levels = new byte[SIZE];

        LevelCache() {
            java.util.Arrays.fill(keys, -1L);
        }

        int get(long key) {
            int slot = slot(key);
            return keys[slot] == key ? levels[slot] : -1;
        }

        void put(long key, int level) {
            int slot = slot(key);
            keys[slot] = key;
            levels[slot] = (byte) level;
        }

        private static int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> (64 - 15));
        }
    }

    private static float[] adjustments(PatientTable table, PatientField field, double u, TermFrequencySettings tf) {
        float[] adjustment = new float[table.dictionarySize(field)];
        for (int code = 0; code < adjustment.length; code++) {
            adjustment[code] = (float) tf.adjustment(u, table.valueCount(field, code), table.nonNullCount(field));
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
            pattern |= (long) level(c, a, b) << (c * GammaPattern.BITS);
        }
        return pattern;
    }

    /** The match weight of rows a and b (prior included). */
    public double matchWeight(int a, int b) {
        double weight = priorWeight;
        for (int c = 0; c < comparisons.length; c++) {
            int level = level(c, a, b);
            weight += weights[c][level];
            if (level == tfLevel[c]) {
                weight += tfAdjustment[c][rowCodes[a * stride + c]];
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
                weight += tfAdjustment[c][rowCodes[a * stride + c]];
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
            int level = level(c, a, b);
            double w = weights[c][level];
            if (level == tfLevel[c]) {
                w += tfAdjustment[c][rowCodes[a * stride + c]];
            }
            weight += w;
            contributions.add(model.contribution(c, level, w));
        }
        return new PairScore(weight, MatchWeights.probability(weight), contributions);
    }
}
