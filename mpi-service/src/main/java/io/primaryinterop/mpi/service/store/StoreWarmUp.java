package io.primaryinterop.mpi.service.store;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the tables and indexes that ingest and match visit, once at start ({@code mpi.warm-up=true},
 * {@code MPI_WARM_UP=true}), so that the first minutes of traffic find them in the database's page cache
 * instead of paying a page read and decode for every candidate record. Useful only when the cache
 * (H2's {@code CACHE_SIZE}, MariaDB's {@code innodb_buffer_pool_size}) can hold them: see docs/service.md.
 */
@Singleton
@Requires(property = "mpi.warm-up", value = "true")
final class StoreWarmUp implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWarmUp.class);

    /** Each statement walks one table or index from end to end; only sums and counts come back. */
    static final List<String> SCANS = List.of(
            "SELECT SUM(id), SUM(version) FROM source_record",
            "SELECT COUNT(record_id) FROM source_record WHERE source >= ''",
            "SELECT SUM(id), SUM(person_id) FROM link",
            "SELECT SUM(record_id) FROM link WHERE record_id >= 0",
            "SELECT SUM(person_id) FROM link WHERE person_id >= 0",
            "SELECT SUM(id), SUM(version) FROM person",
            "SELECT SUM(record_id) FROM blocking_key WHERE key_hash >= -9223372036854775808",
            "SELECT SUM(record_id) FROM blocking_key WHERE record_id >= 0",
            "SELECT SUM(touched) FROM key_lock");

    private final DSLContext dsl;

    StoreWarmUp(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        long start = System.nanoTime();
        for (String scan : SCANS) {
            dsl.fetch(scan);
        }
        LOG.info("store warmed up: {} scans in {} ms", SCANS.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
