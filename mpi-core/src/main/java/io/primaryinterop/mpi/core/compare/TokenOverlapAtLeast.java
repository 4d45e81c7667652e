package io.primaryinterop.mpi.core.compare;

/** At least {@code share} of the distinct words in common (see {@link TokenOverlap}); for addresses. */
public record TokenOverlapAtLeast(double share) implements LevelCondition {

    public TokenOverlapAtLeast {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("token overlap share must be in (0,1]: " + share);
        }
    }

    @Override
    public String describe() {
        return "token overlap >= " + share;
    }
}
