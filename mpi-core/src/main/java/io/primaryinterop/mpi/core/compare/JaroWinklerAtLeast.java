package io.primaryinterop.mpi.core.compare;

/** Jaro–Winkler similarity at least the threshold (see {@link JaroWinkler}). */
public record JaroWinklerAtLeast(double threshold) implements LevelCondition {

    public JaroWinklerAtLeast {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("Jaro-Winkler threshold must be in (0,1]: " + threshold);
        }
    }

    @Override
    public String describe() {
        return "jaro_winkler >= " + threshold;
    }
}
