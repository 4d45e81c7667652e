package io.primaryinterop.mpi.service;

import io.micronaut.runtime.Micronaut;

/** One runnable jar: with no arguments (or {@code serve}) it starts the HTTP service; otherwise a batch command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Micronaut.run(Main.class, args);
    }
}
