package io.primaryinterop.mpi.core.compare;

import io.primaryinterop.mpi.core.normalize.NicknameTable;
import io.primaryinterop.mpi.core.normalize.NormalizedRecord;
import io.primaryinterop.mpi.core.normalize.ParseDate;
import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A comparison compiled for speed: computes the level index (gamma) of a pair, either from two rows of
 * a {@link PatientTable} (batch) or from two {@link NormalizedRecord}s (ingest); both give the same
 * level. In a table, exact agreement is a dictionary-code compare; phonetic codes, nickname groups,
 * address tokens and numbers are derived once per distinct value and cached in the table, so their
 * levels are int compares; birth dates are parsed once per distinct value; a string similarity is
 * computed at most once per pair even when several levels test it, and only when the two values'
 * {@link ValueSummary}s (one cache line each) cannot already rule the level out; on fields with few
 * distinct values the level of each pair of values is cached.
 * Immutable apart from caches of the last table's derived arrays; thread-safe.
 */
public final class CompiledComparison {

    private static final int IS_NULL = 0;
    private static final int EXACT = 1;
    private static final int JARO_WINKLER = 2;
    private static final int LEVENSHTEIN = 3;
    private static final int DAMERAU = 4;
    private static final int PHONETIC = 5;
    private static final int NICKNAME = 6;
    private static final int INITIAL = 7;
    private static final int SWAPPED = 8;
    private static final int DATE_EXACT = 9;
    private static final int DATE_TRANSPOSED = 10;
    private static final int DATE_WITHIN = 11;
    private static final int DATE_YEAR_MONTH = 12;
    private static final int DATE_YEAR_OFF = 13;
    private static final int TOKENS = 14;
    private static final int NUMERIC = 15;
    private static final int ELSE = 16;
    private static final int CROSS = 17;
    private static final int ALL_OF = 18;

    /**
     * Fields with at most this many distinct values get a level cache per pair of codes (at most 16 MB):
     * a pair of values is then compared once, however many record pairs carry it.
     */
    static final int LEVEL_CACHE_MAX_VALUES = 4096;

    private static final JaroWinkler JARO_WINKLER_SIMILARITY = new JaroWinkler();
    /** Jaro-Winkler similarity from which the second name of a swap counts as a misspelling of the other. */
    private static final double SWAPPED_VARIANT_SIMILARITY = 0.85;
    private static final TokenOverlap TOKEN_OVERLAP = new TokenOverlap();

    private final Comparison comparison;
    private final PatientField field;
    private final PatientField second;
    private final NicknameTable nicknames;
    private final int[] kinds;
    private final double[] thresholds;
    private final int[] limits;
    private final PhoneticAlgorithm[] algorithms;
    private final AllOf[] allOf;
    private volatile Bound bound;

    private CompiledComparison(Comparison comparison, NicknameTable nicknames) {
        this.comparison = comparison;
        this.field = comparison.field();
        this.second = comparison.fields().size() > 1 ? comparison.fields().get(1) : null;
        this.nicknames = nicknames;
        int count = comparison.levelCount();
        this.kinds = new int[count];
        this.thresholds = new double[count];
        this.limits = new int[count];
        this.algorithms = new PhoneticAlgorithm[count];
        this.allOf = new AllOf[count];
        for (int i = 0; i < count; i++) {
            LevelCondition condition = comparison.level(i).condition();
            if (condition instanceof IsNull) {
                kinds[i] = IS_NULL;
            } else if (condition instanceof Exact) {
                kinds[i] = EXACT;
            } else if (condition instanceof JaroWinklerAtLeast c) {
                kinds[i] = JARO_WINKLER;
                thresholds[i] = c.threshold();
            } else if (condition instanceof LevenshteinAtMost c) {
                kinds[i] = LEVENSHTEIN;
                limits[i] = c.distance();
            } else if (condition instanceof DamerauLevenshteinAtMost c) {
                kinds[i] = DAMERAU;
                limits[i] = c.distance();
            } else if (condition instanceof PhoneticEqual c) {
                kinds[i] = PHONETIC;
                algorithms[i] = c.algorithm();
            } else if (condition instanceof NicknameEqual) {
                kinds[i] = NICKNAME;
            } else if (condition instanceof InitialOnly) {
                kinds[i] = INITIAL;
            } else if (condition instanceof NamesSwapped) {
                kinds[i] = SWAPPED;
            } else if (condition instanceof EqualsOtherSecondField) {
                kinds[i] = CROSS;
            } else if (condition instanceof DateExact) {
                kinds[i] = DATE_EXACT;
            } else if (condition instanceof DateDayMonthTransposed) {
                kinds[i] = DATE_TRANSPOSED;
            } else if (condition instanceof DateWithinDays c) {
                kinds[i] = DATE_WITHIN;
                limits[i] = c.days();
            } else if (condition instanceof DateSameYearMonth) {
                kinds[i] = DATE_YEAR_MONTH;
            } else if (condition instanceof DateYearOffBy c) {
                kinds[i] = DATE_YEAR_OFF;
                limits[i] = c.years();
            } else if (condition instanceof TokenOverlapAtLeast c) {
                kinds[i] = TOKENS;
                thresholds[i] = c.share();
            } else if (condition instanceof NumericDifferenceAtMost c) {
                kinds[i] = NUMERIC;
                thresholds[i] = c.difference();
            } else if (condition instanceof AllOf c) {
                kinds[i] = ALL_OF;
                allOf[i] = c;
            } else if (condition instanceof Else) {
                kinds[i] = ELSE;
            } else {
                throw new IllegalStateException("unhandled level condition " + condition);
            }
        }
    }

    /** Compiles with the built-in nickname table. */
    public static CompiledComparison compile(Comparison comparison) {
        return compile(comparison, NicknameTable.builtIn());
    }

    public static CompiledComparison compile(Comparison comparison, NicknameTable nicknames) {
        return new CompiledComparison(comparison, nicknames);
    }

    public Comparison comparison() {
        return comparison;
    }

    public int levelCount() {
        return kinds.length;
    }

    /** The level index (gamma) of rows {@code a} and {@code b}: 0 = null level, last = else. */
    public int level(PatientTable table, int a, int b) {
        int secondA = second == null ? PatientTable.NULL_CODE : table.code(second, a);
        int secondB = second == null ? PatientTable.NULL_CODE : table.code(second, b);
        return levelOfCodes(table, table.code(field, a), table.code(field, b), secondA, secondB);
    }

    /**
     * The level index of two rows given their codes of this comparison's field and of its second field
     * ({@link PatientTable#NULL_CODE} when it has none): the same as {@link #level(PatientTable, int, int)}
     * without reading the rows, so a scorer that keeps the codes of a pair close together touches
     * nothing else of the table but per-value derived arrays.
     */
    public int levelOfCodes(PatientTable table, int codeA, int codeB, int secondA, int secondB) {
        Bound derived = bind(table);
        byte[] cache = derived.levelCache;
        if (cache == null || codeA < 0 || codeB < 0) {
            return evaluate(table, derived, codeA, codeB, secondA, secondB);
        }
        int index = codeA * derived.dictionarySize + codeB;
        int cached = cache[index];
        if (cached != 0) {
            return cached - 1;
        }
        int level = evaluate(table, derived, codeA, codeB, secondA, secondB);
        cache[index] = (byte) (level + 1); // a benign race: every thread writes the same value
        return level;
    }

    /** The second field whose codes {@link #levelOfCodes} takes (a given name's middle name); null when none. */
    public PatientField secondField() {
        return second;
    }

    private int evaluate(PatientTable table, Bound derived, int codeA, int codeB, int secondA, int secondB) {
        double similarity = Double.NaN;
        boolean boundOnly = false;
        for (int i = 0; i < kinds.length; i++) {
            switch (kinds[i]) {
                case IS_NULL:
                    if (codeA == PatientTable.NULL_CODE || codeB == PatientTable.NULL_CODE) {
                        return i;
                    }
                    break;
                case EXACT:
                case DATE_EXACT:
                    if (codeA == codeB) {
                        return i;
                    }
                    break;
                case JARO_WINKLER:
                    if (codeA == codeB) {
                        return i;
                    }
                    if (Double.isNaN(similarity)) {
                        // cheap bounds first: most pairs from a block are unrelated values
                        double bound = ValueSummary.jaroWinklerBound(derived.summaries, codeA, codeB);
                        String valueA = null;
                        String valueB = null;
                        if (bound >= thresholds[i]) {
                            valueA = table.dictionaryValue(field, codeA);
                            valueB = table.dictionaryValue(field, codeB);
                            bound = JARO_WINKLER_SIMILARITY.upperBound(valueA,
                                    ValueSummary.mask(derived.summaries, codeA), valueB,
                                    ValueSummary.mask(derived.summaries, codeB));
                        }
                        if (bound < thresholds[i]) {
                            similarity = bound; // an upper bound: enough to fail this and every stricter level
                            boundOnly = true;
                        } else {
                            similarity = JARO_WINKLER_SIMILARITY.similarity(valueA, valueB);
                        }
                    } else if (boundOnly && similarity >= thresholds[i]) {
                        similarity = JARO_WINKLER_SIMILARITY.similarity(table.dictionaryValue(field, codeA),
                                table.dictionaryValue(field, codeB));
                        boundOnly = false;
                    }
                    if (similarity >= thresholds[i]) {
                        return i;
                    }
                    break;
                case LEVENSHTEIN:
                case DAMERAU: {
                    if (codeA == codeB) {
                        return i;
                    }
                    boolean transpositions = kinds[i] == DAMERAU;
                    long packedA = derived.packed[codeA];
                    long packedB = derived.packed[codeB];
                    int distance = limits[i] == 1 && packedA != PackedText.NOT_PACKED && packedB != PackedText.NOT_PACKED
                            ? PackedText.withinOne(packedA, packedB, transpositions)
                            : EditDistance.distance(table.dictionaryValue(field, codeA),
                                    table.dictionaryValue(field, codeB), limits[i], transpositions);
                    if (distance >= 0) {
                        return i;
                    }
                    break;
                }
                case PHONETIC: {
                    int[] phonetic = derived.phonetic[i];
                    if (phonetic[codeA] != PatientTable.NULL_CODE && phonetic[codeA] == phonetic[codeB]) {
                        return i;
                    }
                    break;
                }
                case NICKNAME:
                    if (codeA == codeB
                            || NicknameTable.shareGroup(derived.nicknameGroups[codeA], derived.nicknameGroups[codeB])) {
                        return i;
                    }
                    break;
                case INITIAL:
                    if (isInitialOf(table.dictionaryValue(field, codeA), table.dictionaryValue(field, codeB))) {
                        return i;
                    }
                    break;
                case CROSS:
                    if (crossEqual(table.dictionaryValue(field, codeA), table.dictionaryValue(second, secondA),
                            table.dictionaryValue(field, codeB), table.dictionaryValue(second, secondB))) {
                        return i;
                    }
                    break;
                case SWAPPED:
                    if (swapped(table.dictionaryValue(field, codeA), table.dictionaryValue(second, secondA),
                            table.dictionaryValue(field, codeB), table.dictionaryValue(second, secondB))) {
                        return i;
                    }
                    break;
                case DATE_TRANSPOSED:
                case DATE_WITHIN:
                case DATE_YEAR_MONTH:
                case DATE_YEAR_OFF:
                    if (codeA >= 0 && codeB >= 0 && dateLevel(kinds[i], limits[i], derived.epochDays[codeA],
                            derived.epochDays[codeB], derived.packedDates[codeA], derived.packedDates[codeB])) {
                        return i;
                    }
                    break;
                case TOKENS:
                    if (codeA == codeB
                            || ValueSummary.tokenShareBound(derived.summaries, codeA, codeB) >= thresholds[i]
                            && TokenOverlap.share(derived.tokens[codeA], derived.tokens[codeB]) >= thresholds[i]) {
                        return i;
                    }
                    break;
                case NUMERIC: {
                    double x = derived.numbers[codeA];
                    double y = derived.numbers[codeB];
                    if (Math.abs(x - y) <= thresholds[i]) {
                        return i;
                    }
                    break;
                }
                case ALL_OF:
                    if (codeA >= 0 && codeB >= 0
                            && allHold(allOf[i], table.dictionaryValue(field, codeA), table.dictionaryValue(field, codeB))) {
                        return i;
                    }
                    break;
                default:
                    return i;
            }
        }
        return kinds.length - 1;
    }

    /** The level index (gamma) of two normalized records; equal to the table path for the same values. */
    public int level(NormalizedRecord a, NormalizedRecord b) {
        String valueA = a.get(field);
        String valueB = b.get(field);
        double similarity = Double.NaN;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == IS_NULL) {
                if (valueA == null || valueB == null) {
                    return i;
                }
                continue;
            }
            if (valueA == null || valueB == null) {
                continue; // only reachable when a comparison has no null level check first; kept safe
            }
            boolean holds = switch (kinds[i]) {
                case EXACT, DATE_EXACT -> valueA.equals(valueB);
                case JARO_WINKLER -> {
                    if (valueA.equals(valueB)) {
                        yield true;
                    }
                    if (Double.isNaN(similarity)) {
                        similarity = JARO_WINKLER_SIMILARITY.similarity(valueA, valueB);
                    }
                    yield similarity >= thresholds[i];
                }
                case LEVENSHTEIN, DAMERAU -> EditDistance.distance(valueA, valueB, limits[i], kinds[i] == DAMERAU) >= 0;
                case PHONETIC -> {
                    String codeA = algorithms[i].encode(valueA);
                    yield codeA != null && codeA.equals(algorithms[i].encode(valueB));
                }
                case NICKNAME -> nicknames.equivalent(valueA, valueB);
                case INITIAL -> isInitialOf(valueA, valueB);
                case SWAPPED -> swapped(valueA, a.get(second), valueB, b.get(second));
                case CROSS -> crossEqual(valueA, a.get(second), valueB, b.get(second));
                case DATE_TRANSPOSED, DATE_WITHIN, DATE_YEAR_MONTH, DATE_YEAR_OFF -> dateLevel(kinds[i], limits[i],
                        a.birthEpochDay(), b.birthEpochDay(), PatientTable.packedDate(a.birthEpochDay()),
                        PatientTable.packedDate(b.birthEpochDay()));
                case TOKENS -> valueA.equals(valueB) || TOKEN_OVERLAP.similarity(valueA, valueB) >= thresholds[i];
                case NUMERIC -> Math.abs(number(valueA) - number(valueB)) <= thresholds[i];
                case ALL_OF -> allHold(allOf[i], valueA, valueB);
                default -> true;
            };
            if (holds) {
                return i;
            }
        }
        return kinds.length - 1;
    }

    /**
     * The term frequency for a term-frequency-adjusted level: the share of records with the pair's value
     * (the larger of the two when they differ); 0 when either is unknown.
     */
    public double termFrequency(PatientTable table, int a, int b) {
        int codeA = table.code(field, a);
        int codeB = table.code(field, b);
        if (codeA == PatientTable.NULL_CODE || codeB == PatientTable.NULL_CODE) {
            return 0.0;
        }
        return Math.max(table.termFrequency(field, codeA), table.termFrequency(field, codeB));
    }

    /** The parts of an {@link AllOf}, on two values; the same on both paths (rare enough to need no cache). */
    private static boolean allHold(AllOf condition, String a, String b) {
        for (LevelCondition part : condition.conditions()) {
            boolean holds;
            if (part instanceof JaroWinklerAtLeast c) {
                holds = a.equals(b) || JARO_WINKLER_SIMILARITY.similarity(a, b) >= c.threshold();
            } else if (part instanceof LevenshteinAtMost c) {
                holds = EditDistance.distance(a, b, c.distance(), false) >= 0;
            } else if (part instanceof DamerauLevenshteinAtMost c) {
                holds = EditDistance.distance(a, b, c.distance(), true) >= 0;
            } else {
                holds = a.equals(b); // Exact: AllOf admits no other part
            }
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInitialOf(String a, String b) {
        return (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0);
    }

    private static boolean crossEqual(String firstA, String secondA, String firstB, String secondB) {
        return firstA.equals(secondB) || firstB.equals(secondA);
    }

    /**
     * The two fields written the other way round: each equals the other record's other field, or one does
     * and the other is a variant of it (a typo, a nickname or an initial: {@code ERL ROLLINS} against
     * {@code ROLLINS EARL}, {@code PEGGY WOOD} against {@code WOOD MARGARET}). One exact cross match alone is
     * not a swap: a twin's given name may be the other twin's family name written where the given name goes.
     */
    private boolean swapped(String firstA, String secondA, String firstB, String secondB) {
        if (secondA == null || secondB == null || firstA.equals(secondA)) {
            return false;
        }
        boolean firstCrosses = firstA.equals(secondB);
        boolean secondCrosses = secondA.equals(firstB);
        return firstCrosses && (secondCrosses || variant(secondA, firstB))
                || secondCrosses && variant(firstA, secondB);
    }

    private boolean variant(String a, String b) {
        return isInitialOf(a, b) || nicknames.equivalent(a, b)
                || JARO_WINKLER_SIMILARITY.similarity(a, b) >= SWAPPED_VARIANT_SIMILARITY;
    }

    /** A date level from epoch days and packed dates ({@code year << 9 | month << 5 | day}). */
    private static boolean dateLevel(int kind, int limit, int dayA, int dayB, int packedA, int packedB) {
        if (dayA == ParseDate.NULL_EPOCH_DAY || dayB == ParseDate.NULL_EPOCH_DAY) {
            return false;
        }
        int yearA = packedA >>> 9;
        int yearB = packedB >>> 9;
        int monthA = packedA >>> 5 & 15;
        int monthB = packedB >>> 5 & 15;
        int dayOfMonthA = packedA & 31;
        int dayOfMonthB = packedB & 31;
        return switch (kind) {
            case DATE_TRANSPOSED -> yearA == yearB && monthA == dayOfMonthB && dayOfMonthA == monthB && monthA != monthB;
            case DATE_WITHIN -> Math.abs((long) dayA - dayB) <= limit;
            case DATE_YEAR_MONTH -> yearA == yearB && monthA == monthB;
            case DATE_YEAR_OFF -> monthA == monthB && dayOfMonthA == dayOfMonthB && Math.abs(yearA - yearB) <= limit;
            default -> false;
        };
    }

    /** A number from a normalized value (digits, one decimal point, a leading minus); NaN when not a number. */
    static double number(String value) {
        if (value == null || value.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.replace(" ", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private Bound bind(PatientTable table) {
        Bound current = bound;
        if (current == null || current.table != table) {
            current = new Bound(table);
            bound = current;
        }
        return current;
    }

    /** The derived arrays of one table for this comparison's levels (computed once per table, cached there). */
    private final class Bound {
        final PatientTable table;
        final int[][] phonetic = new int[kinds.length][];
        /** {@link ValueSummary}s per code, for Jaro–Winkler and token-overlap levels. */
        long[] summaries;
        long[] packed;
        final int dictionarySize;
        final byte[] levelCache;
        int[][] nicknameGroups;
        int[][] tokens;
        double[] numbers;
        /** Birth date per code (date levels need the field birth_date, whose values are ISO dates). */
        int[] epochDays;
        int[] packedDates;

        Bound(PatientTable table) {
            this.table = table;
            this.dictionarySize = table.dictionarySize(field);
            // few distinct values (sex, state, city, often given names): remember each pair of values' level
            boolean cacheable = second == null && dictionarySize <= LEVEL_CACHE_MAX_VALUES;
            this.levelCache = cacheable ? new byte[dictionarySize * dictionarySize] : null;
            for (int i = 0; i < kinds.length; i++) {
                switch (kinds[i]) {
                    case PHONETIC -> {
                        PhoneticAlgorithm algorithm = algorithms[i];
                        phonetic[i] = table.derivedCodes(field, "phonetic/" + algorithm.name(), algorithm::encode);
                    }
                    case LEVENSHTEIN, DAMERAU -> packed = table.derived(field, "packed-text",
                            dictionary -> Arrays.stream(dictionary).mapToLong(PackedText::pack).toArray());
                    case NICKNAME -> nicknameGroups = table.derived(field, "nicknames/" + System.identityHashCode(nicknames),
                            dictionary -> Arrays.stream(dictionary).map(nicknames::groups).toArray(int[][]::new));
                    case TOKENS -> tokens = table.derived(field, "tokens", CompiledComparison::tokenIds);
                    case NUMERIC -> numbers = table.derived(field, "numbers",
                            dictionary -> Arrays.stream(dictionary).mapToDouble(CompiledComparison::number).toArray());
                    case DATE_TRANSPOSED, DATE_WITHIN, DATE_YEAR_MONTH, DATE_YEAR_OFF -> {
                        int[] days = table.derived(field, "epoch-days",
                                dictionary -> Arrays.stream(dictionary).mapToInt(ParseDate::isoEpochDay).toArray());
                        epochDays = days;
                        packedDates = table.derived(field, "packed-dates",
                                dictionary -> Arrays.stream(days).map(PatientTable::packedDate).toArray());
                    }
                    default -> {
                    }
                }
            }
            boolean similarities = tokens != null;
            for (int kind : kinds) {
                similarities |= kind == JARO_WINKLER;
            }
            if (similarities) {
                int[][] tokenIds = tokens;
                summaries = table.derived(field, tokenIds == null ? "summaries" : "summaries-with-tokens",
                        dictionary -> ValueSummary.of(dictionary, tokenIds));
            }
        }
    }

    /** Sorted, distinct token ids per code (ids shared across the dictionary). */
    static int[][] tokenIds(String[] dictionary) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] result = new int[dictionary.length][];
        for (int code = 0; code < dictionary.length; code++) {
            String[] tokens = TokenOverlap.distinctSorted(dictionary[code]);
            int[] tokenIds = new int[tokens.length];
            for (int t = 0; t < tokens.length; t++) {
                tokenIds[t] = ids.computeIfAbsent(tokens[t], k -> ids.size());
            }
            Arrays.sort(tokenIds);
            result[code] = tokenIds;
        }
        return result;
    }

    @Override
    public String toString() {
        return "CompiledComparison[" + comparison.name() + ", " + kinds.length + " levels]";
    }
}
