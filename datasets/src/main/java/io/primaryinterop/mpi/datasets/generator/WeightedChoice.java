package io.primaryinterop.mpi.datasets.generator;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws items with probability proportional to their weight: cumulative weights and a binary search,
 * O(log n) per draw with no allocation (the generator draws millions of names).
 */
public final class WeightedChoice<T> {

    private final List<T> items;
    private final double[] cumulative;

    private WeightedChoice(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    /**
     * @throws IllegalArgumentException when the lists differ in length, are empty, a weight is negative or
     *     not finite, or all weights are zero
     */
    public static <T> WeightedChoice<T> of(List<T> items, double[] weights) {
        if (items.size() != weights.length) {
            throw new IllegalArgumentException(items.size() + " items but " + weights.length + " weights");
        }
        double[] cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight of " + items.get(i) + " must be finite and >= 0: " + weights[i]);
            }
            total += weights[i];
            cumulative[i] = total;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("at least one weight must be positive (" + items.size() + " items)");
        }
        return new WeightedChoice<>(List.copyOf(items), cumulative);
    }

    /** Equal weights. */
    public static <T> WeightedChoice<T> uniform(List<T> items) {
        double[] weights = new double[items.size()];
        Arrays.fill(weights, 1.0);
        return of(items, weights);
    }

    public T draw(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        index = index >= 0 ? index + 1 : -index - 1;
        // target equal to a cumulative edge belongs to the next item; skip zero-weight items at the end
        while (index < cumulative.length - 1 && cumulative[index] <= target) {
            index++;
        }
        return items.get(Math.min(index, items.size() - 1));
    }

    public List<T> items() {
        return items;
    }

    /** Probability of the item at an index (for tests and reports). */
    public double probability(int index) {
        double previous = index == 0 ? 0 : cumulative[index - 1];
        return (cumulative[index] - previous) / cumulative[cumulative.length - 1];
    }
}
