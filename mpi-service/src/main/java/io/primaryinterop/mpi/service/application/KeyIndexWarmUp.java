package io.primaryinterop.mpi.service.application;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.primaryinterop.mpi.service.store.KeyIndexRepository;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the in-memory candidate data of an embedded H2 store (blocking keys, records, links, persons) when the
 * service starts, so the first gateway request does not wait for it (a million records take some 20 seconds).
 * Requests that come meanwhile wait for it.
 */
@Singleton
final class KeyIndexWarmUp implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(KeyIndexWarmUp.class);

    private final KeyIndexRepository keyIndex;
    private final Transactions transactions;

    KeyIndexWarmUp(KeyIndexRepository keyIndex, Transactions transactions) {
        this.keyIndex = keyIndex;
        this.transactions = transactions;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        long start = System.nanoTime();
        int pairs = keyIndex.warm(transactions.dsl());
        if (pairs >= 0) {
            LOG.info("candidates in memory: {} blocking keys of records, with the records, links and persons, read in {} ms", pairs,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
