package io.primaryinterop.mpi.core.model;

import io.primaryinterop.mpi.core.training.GammaPattern;
import java.util.List;
import java.util.Map;

/** A list of {@link PatternRule}s compiled to level bit masks: the test is a few shifts per rule, no allocation. */
final class CompiledPatternRules {
    /** Per rule: the levels on which it holds, and the conditions of a link that explains it (any one; none: empty). */
    private final Masks[] holds;
    private final Masks[][] linkExplains;

    CompiledPatternRules(ModelSpec spec, List<PatternRule> rules) {
        this.holds = new Masks[rules.size()];
        this.linkExplains = new Masks[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            holds[r] = Masks.of(spec, rules.get(r).levels());
            linkExplains[r] = rules.get(r).linkExplains().stream().map(c -> Masks.of(spec, c)).toArray(Masks[]::new);
        }
    }

    /** The index of the first rule the pattern meets, or -1. */
    int firstMatch(long pattern) {
        for (int r = 0; r < holds.length; r++) {
            if (holds[r].meets(pattern)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Whether two records, one in each of two clusters that a link with {@code linkPattern} would merge, meet a
     * rule the link does not explain.
     */
    boolean anyUnexplained(long pattern, long linkPattern) {
        for (int r = 0; r < holds.length; r++) {
            if (holds[r].meets(pattern) && !anyMeets(linkExplains[r], linkPattern)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMeets(Masks[] conditions, long pattern) {
        for (Masks condition : conditions) {
            if (condition.meets(pattern)) {
                return true;
            }
        }
        return false;
    }

    /** The comparisons a condition reads and, per comparison, a bit per level on which it holds. */
    private record Masks(int[] comparisons, int[] levelMasks) {
        static Masks of(ModelSpec spec, Map<String, List<String>> levels) {
            int[] comparisons = new int[levels.size()];
            int[] levelMasks = new int[levels.size()];
            int i = 0;
            for (Map.Entry<String, List<String>> entry : levels.entrySet()) {
                int c = spec.comparisonIndex(entry.getKey());
                comparisons[i] = c;
                for (String label : entry.getValue()) {
                    levelMasks[i] |= 1 << spec.comparisons().get(c).levelIndex(label);
                }
                i++;
            }
            return new Masks(comparisons, levelMasks);
        }

        boolean meets(long pattern) {
            for (int i = 0; i < comparisons.length; i++) {
                if ((levelMasks[i] & (1 << GammaPattern.level(pattern, comparisons[i]))) == 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
