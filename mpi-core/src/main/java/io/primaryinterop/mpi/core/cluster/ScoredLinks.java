package io.primaryinterop.mpi.core.cluster;

import java.util.Arrays;

/**
 * A growable list of links (pairs of rows with a match weight) in primitive arrays: twelve bytes per
 * link, no object per link. The linker keeps only pairs above the clustering threshold here, one
 * instance per thread, and {@link #addAll concatenates} them.
 */
public final class ScoredLinks {
    private int[] left;
    private int[] right;
    private float[] weight;
    private int size;

    public ScoredLinks() {
        this(1024);
    }

    public ScoredLinks(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        left = new int[capacity];
        right = new int[capacity];
        weight = new float[capacity];
    }

    /** Adds one link. */
    public void add(int a, int b, float matchWeight) {
        if (size == left.length) {
            grow(size + 1);
        }
        left[size] = a;
        right[size] = b;
        weight[size] = matchWeight;
        size++;
    }

    /** Appends every link of another list. */
    public void addAll(ScoredLinks other) {
        if (size + other.size > left.length) {
            grow(size + other.size);
        }
        System.arraycopy(other.left, 0, left, size, other.size);
        System.arraycopy(other.right, 0, right, size, other.size);
        System.arraycopy(other.weight, 0, weight, size, other.size);
        size += other.size;
    }

    private void grow(int needed) {
        int capacity = Math.max(needed, left.length + (left.length >> 1));
        left = Arrays.copyOf(left, capacity);
        right = Arrays.copyOf(right, capacity);
        weight = Arrays.copyOf(weight, capacity);
    }

    public int size() {
        return size;
    }

    public int left(int i) {
        return left[i];
    }

    public int right(int i) {
        return right[i];
    }

    public float matchWeight(int i) {
        return weight[i];
    }

    /** Link indices ordered by descending match weight (ties by index), without boxing. */
    public int[] indicesByDescendingWeight() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            // flip the float's bits so that signed long order is descending weight order
            int bits = Float.floatToIntBits(weight[i]);
            int ascending = bits >= 0 ? bits : bits ^ 0x7fffffff;
            keys[i] = ((long) ~ascending << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
