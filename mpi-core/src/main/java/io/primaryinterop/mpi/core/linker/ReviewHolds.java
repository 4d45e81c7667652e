package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.core.cluster.ScoredLinks;
import java.util.Arrays;
import java.util.List;

/**
 * Links split by the model's review rules: {@link #linked()} go on to clustering (or the links file);
 * {@link #held()} met a review rule and are never linked automatically (see
 * {@link io.primaryinterop.mpi.core.model.MatchModel#reviewRule}), each with the index of the rule it met.
 */
public final class ReviewHolds {
    private final ScoredLinks linked;
    private final ScoredLinks held;
    private final int[] ruleOfHeld;
    private final List<String> ruleLabels;

    ReviewHolds(ScoredLinks linked, ScoredLinks held, int[] ruleOfHeld, List<String> ruleLabels) {
        if (ruleOfHeld.length < held.size()) {
            throw new IllegalArgumentException("a rule for each of the " + held.size() + " held links");
        }
        this.linked = linked;
        this.held = held;
        this.ruleOfHeld = ruleOfHeld;
        this.ruleLabels = List.copyOf(ruleLabels);
    }

    /** Links no review rule holds back. */
    public ScoredLinks linked() {
        return linked;
    }

    /** Links held for review. */
    public ScoredLinks held() {
        return held;
    }

    /** The label of the review rule held link {@code i} met. */
    public String rule(int i) {
        return ruleLabels.get(ruleOfHeld[i]);
    }

    /** The index (in the model's review rules) of the rule held link {@code i} met. */
    public int ruleIndex(int i) {
        return ruleOfHeld[i];
    }

    /** Held links per review rule, in the model's order of rules (zero counts included). */
    public long[] heldPerRule() {
        long[] counts = new long[ruleLabels.size()];
        for (int i = 0; i < held.size(); i++) {
            counts[ruleOfHeld[i]]++;
        }
        return counts;
    }

    /** The model's review rule labels, in order. */
    public List<String> ruleLabels() {
        return ruleLabels;
    }

    static int[] grow(int[] rules, int needed) {
        return needed <= rules.length ? rules : Arrays.copyOf(rules, Math.max(needed, rules.length * 2));
    }
}
