package io.primaryinterop.mpi.core.normalize;

import java.util.Locale;

/** Upper-cases with the root locale (no Turkish dotless-i surprises). */
public final class UpperCase implements NormalizationStep {

    @Override
    public String apply(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
