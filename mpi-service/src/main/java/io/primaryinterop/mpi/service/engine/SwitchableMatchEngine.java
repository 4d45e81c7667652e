package io.primaryinterop.mpi.service.engine;

import io.primaryinterop.mpi.service.domain.RecordFields;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The live engine: the active model version's, switched in place when an administrator activates another
 * version. A re-match dry-run evaluates a candidate version on its own thread only ({@link #using}), so
 * live ingest keeps matching with the active one meanwhile.
 */
public final class SwitchableMatchEngine implements MatchEngine {

    private final AtomicReference<MatchEngine> active;
    private final ThreadLocal<MatchEngine> override = new ThreadLocal<>();

    public SwitchableMatchEngine(MatchEngine initial) {
        this.active = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    /** From now on every thread matches with {@code next}. */
    public void switchTo(MatchEngine next) {
        active.set(Objects.requireNonNull(next));
    }

    /** Runs {@code work} with {@code candidate} as this thread's engine, the active one everywhere else. */
    public <T> T using(MatchEngine candidate, Supplier<T> work) {
        MatchEngine previous = override.get();
        override.set(candidate);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                override.remove();
            } else {
                override.set(previous);
            }
        }
    }

    private MatchEngine current() {
        MatchEngine local = override.get();
        return local != null ? local : active.get();
    }

    @Override
    public String modelVersion() {
        return current().modelVersion();
    }

    @Override
    public DecisionThresholds thresholds() {
        return current().thresholds();
    }

    @Override
    public Probe prepare(RecordFields record) {
        return current().prepare(record);
    }

    @Override
    public PairMatch score(Probe left, Probe right) {
        return current().score(left, right);
    }

    @Override
    public PairRules rules(Probe left, Probe right) {
        return current().rules(left, right);
    }

    @Override
    public boolean linkExplains(Probe record, Probe linkEnd, Probe other) {
        return current().linkExplains(record, linkEnd, other);
    }
}
