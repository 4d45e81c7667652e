package io.primaryinterop.mpi.core.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Runs one task per worker on its own thread and waits for all; the first failure is rethrown. */
public final class Workers {
    private Workers() {
    }

    /** The default worker count: the available processors. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code task.accept(worker)} for worker in [0, threads), in parallel, and waits. */
    public static void run(int threads, IntConsumer task) {
        if (threads == 1) {
            task.accept(0);
            return;
        }
        List<Thread> started = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int w = 0; w < threads; w++) {
            int worker = w;
            Thread thread = new Thread(() -> task.accept(worker), "mpi-worker-" + w);
            thread.setUncaughtExceptionHandler((t, e) -> {
                synchronized (failure) {
                    if (failure[0] == null) {
                        failure[0] = e;
                    }
                }
            });
            thread.start();
            started.add(thread);
        }
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for workers", e);
            }
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }
}
