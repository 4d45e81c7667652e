package io.primaryinterop.mpi.core.training;

import java.util.Arrays;

/**
 * The parameters EM works on: lambda (the share of matches among the pairs trained on), and m and u
 * per comparison and level ({@code m[comparison][level]}). Arrays are copied in and out, so an
 * instance never changes.
 */
public record EmParameters(double lambda, double[][] m, double[][] u) {
    public EmParameters {
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("lambda must be in (0,1): " + lambda);
        }
        if (m.length != u.length) {
            throw new IllegalArgumentException("m has " + m.length + " comparisons, u has " + u.length);
        }
        for (int c = 0; c < m.length; c++) {
            if (m[c].length != u[c].length) {
                throw new IllegalArgumentException("comparison " + c + ": m has " + m[c].length
                        + " levels, u has " + u[c].length);
            }
            for (int l = 0; l < m[c].length; l++) {
                checkProbability("m", c, l, m[c][l]);
                checkProbability("u", c, l, u[c][l]);
            }
        }
        m = deepCopy(m);
        u = deepCopy(u);
    }

    private static void checkProbability(String name, int c, int l, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + "[" + c + "][" + l + "] must be in [0,1]: " + p);
        }
    }

    @Override
    public double[][] m() {
        return deepCopy(m);
    }

    @Override
    public double[][] u() {
        return deepCopy(u);
    }

    /** m of one level, without copying. */
    public double m(int comparison, int level) {
        return m[comparison][level];
    }

    /** u of one level, without copying. */
    public double u(int comparison, int level) {
        return u[comparison][level];
    }

    /** Number of comparisons. */
    public int comparisons() {
        return m.length;
    }

    /** Number of levels of one comparison. */
    public int levels(int comparison) {
        return m[comparison].length;
    }

    /** The largest absolute difference of any parameter between the two. */
    public double maxChange(EmParameters other) {
        double change = Math.abs(lambda - other.lambda);
        for (int c = 0; c < m.length; c++) {
            for (int l = 0; l < m[c].length; l++) {
                change = Math.max(change, Math.abs(m[c][l] - other.m[c][l]));
                change = Math.max(change, Math.abs(u[c][l] - other.u[c][l]));
            }
        }
        return change;
    }

    static double[][] deepCopy(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmParameters p && lambda == p.lambda && Arrays.deepEquals(m, p.m)
                && Arrays.deepEquals(u, p.u);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lambda) * 31 + Arrays.deepHashCode(m) * 17 + Arrays.deepHashCode(u);
    }

    @Override
    public String toString() {
        return "EmParameters[lambda=" + lambda + ", m=" + Arrays.deepToString(m) + ", u=" + Arrays.deepToString(u) + "]";
    }
}
