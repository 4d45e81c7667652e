package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.core.training.Progress;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times the phases of a batch run and reports their start and end. */
final class Phases {
    private final Progress progress;
    private final long started = System.nanoTime();
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private String current;
    private long currentStart;

    Phases(Progress progress) {
        this.progress = progress;
    }

    Progress progress() {
        return progress;
    }

    void start(String phase) {
        current = phase;
        currentStart = System.nanoTime();
        progress.message(phase + " ...");
    }

    void end(String outcome) {
        double s = (System.nanoTime() - currentStart) / 1e9;
        seconds.merge(current, s, Double::sum);
        progress.message(String.format("%s done in %.2f s: %s", current, s, outcome));
    }

    /** Seconds per phase, in order, plus {@code total}. */
    Map<String, Double> seconds() {
        Map<String, Double> all = new LinkedHashMap<>(seconds);
        all.put("total", (System.nanoTime() - started) / 1e9);
        return all;
    }
}
