package io.primaryinterop.mpi.service.engine;

import java.util.List;

/** A record prepared by a {@link MatchEngine}: what the engine needs to score it, and its blocking keys. */
public interface Probe {

    /** One entry per blocking rule that yields a key for this record (rules with an unknown part yield none). */
    List<BlockingKey> blockingKeys();
}
