package io.primaryinterop.mpi.core.model;

import io.primaryinterop.mpi.core.training.GammaPattern;
import java.util.List;
import java.util.Map;

/** A list of {@link PatternRule}s compiled to level bit masks: the test is a few shifts per rule, no allocation. */
final class CompiledPatternRules {
    /** Per rule: the comparisons it reads and, per comparison, a bit per level on which it holds. */
    private final int[][] comparisons;
    private final int[][] levelMasks;

    CompiledPatternRules(ModelSpec spec, List<PatternRule> rules) {
        this.comparisons = new int[rules.size()][];
        this.levelMasks = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            Map<String, List<String>> levels = rules.get(r).levels();
            comparisons[r] = new int[levels.size()];
            levelMasks[r] = new int[levels.size()];
            int i = 0;
            for (Map.Entry<String, List<String>> entry : levels.entrySet()) {
                int c = spec.comparisonIndex(entry.getKey());
                comparisons[r][i] = c;
                for (String label : entry.getValue()) {
                    levelMasks[r][i] |= 1 << spec.comparisons().get(c).levelIndex(label);
                }
                i++;
            }
        }
    }

    /** The index of the first rule the pattern meets, or -1. */
    int firstMatch(long pattern) {
        for (int r = 0; r < comparisons.length; r++) {
            int[] ofRule = comparisons[r];
            boolean holds = true;
            for (int i = 0; i < ofRule.length && holds; i++) {
                holds = (levelMasks[r][i] & (1 << GammaPattern.level(pattern, ofRule[i]))) != 0;
            }
            if (holds) {
                return r;
            }
        }
        return -1;
    }
}
