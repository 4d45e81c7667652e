package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.core.training.Progress;
import java.util.concurrent.atomic.LongAdder;

/** Reports a running count every ten seconds while a long phase runs. */
final class ProgressTicker implements AutoCloseable {
    private static final long PERIOD_MILLIS = 10_000;
    private final Thread thread;

    ProgressTicker(Progress progress, String phase, LongAdder count) {
        long started = System.nanoTime();
        thread = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(PERIOD_MILLIS);
                    progress.message(String.format("%s: still running after %.0f s", phase,
                            (System.nanoTime() - started) / 1e9));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mpi-progress");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
