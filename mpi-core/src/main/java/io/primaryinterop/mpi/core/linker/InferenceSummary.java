package io.primaryinterop.mpi.core.linker;

/**
 * What a prediction run did.
 *
 * @param pairsPerRule candidate pairs scored, by the rule that first yielded them
 * @param pairsScored all candidate pairs scored
 * @param pairsAtOrAbove pairs at or above the threshold (given to the sink)
 */
public record InferenceSummary(long[] pairsPerRule, long pairsScored, long pairsAtOrAbove) {
    public InferenceSummary {
        pairsPerRule = pairsPerRule.clone();
    }

    @Override
    public long[] pairsPerRule() {
        return pairsPerRule.clone();
    }
}
