package io.primaryinterop.mpi.core.normalize;

import java.util.Locale;

/** Lower-cases with the root locale (used for e-mail addresses). */
public final class LowerCase implements NormalizationStep {

    @Override
    public String apply(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
