package io.primaryinterop.mpi.core.training;

/** Receives progress messages of long runs (the command line prints them on stderr). Never patient data. */
@FunctionalInterface
public interface Progress {
    void message(String text);

    static Progress silent() {
        return text -> { };
    }
}
