package io.primaryinterop.mpi.service.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Messages being processed right now, so a shutdown can wait for their answers. */
final class InFlight {

    private int active;
    private final List<CompletableFuture<Void>> waiting = new ArrayList<>();

    synchronized void enter() {
        active++;
    }

    synchronized void exit() {
        active--;
        if (active == 0) {
            waiting.forEach(f -> f.complete(null));
            waiting.clear();
        }
    }

    synchronized int active() {
        return active;
    }

    /** Completes when no message is being processed (at once if none is). */
    synchronized CompletableFuture<Void> idle() {
        if (active == 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> idle = new CompletableFuture<>();
        waiting.add(idle);
        return idle;
    }
}
