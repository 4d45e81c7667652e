package io.primaryinterop.mpi.core.training;

/**
 * A uniform, seeded sample of pairs that does not depend on the order or thread in which pairs
 * arrive: a pair is kept when a hash of (seed, left, right) falls below the sampling rate.
 */
public final class PairSampling {
    private final double rate;
    private final long seed;
    private final long threshold;

    public PairSampling(double rate, long seed) {
        if (!(rate > 0 && rate <= 1)) {
            throw new IllegalArgumentException("sampling rate must be in (0,1]: " + rate);
        }
        this.rate = rate;
        this.seed = seed;
        this.threshold = rate >= 1 ? Long.MAX_VALUE : (long) (rate * (1L << 53));
    }

    /** A rate that keeps about {@code cap} of {@code pairs} pairs (all when fewer). */
    public static PairSampling atMost(long cap, long pairs, long seed) {
        return new PairSampling(pairs <= cap ? 1.0 : (double) cap / pairs, seed);
    }

    public double rate() {
        return rate;
    }

    public boolean keeps(int left, int right) {
        if (threshold == Long.MAX_VALUE) {
            return true;
        }
        return (mix(seed ^ ((long) left << 32 | (right & 0xffffffffL))) >>> 11) < threshold;
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
