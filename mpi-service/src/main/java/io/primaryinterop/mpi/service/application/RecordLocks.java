package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.engine.BlockingKey;
import io.primaryinterop.mpi.service.store.KeyLockRepository;
import io.primaryinterop.mpi.service.store.StewardLinkRepository;
import io.primaryinterop.mpi.service.store.StoredRecord;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Steward changes lock the same stripes ingest locks (each record's identity and blocking keys), all
 * at once in ascending order: an ingest that could pick one of these records as a candidate waits for
 * the change, then sees it; and the two never wait on each other in a cycle.
 */
@Singleton
final class RecordLocks {

    private final KeyLockRepository keyLocks;
    private final StewardLinkRepository stewardLinks;

    RecordLocks(KeyLockRepository keyLocks, StewardLinkRepository stewardLinks) {
        this.keyLocks = keyLocks;
        this.stewardLinks = stewardLinks;
    }

    void lock(DSLContext tx, Collection<StoredRecord> records) {
        List<Long> hashes = stewardLinks.keyHashes(tx, records.stream().map(StoredRecord::id).toList());
        int[] stripes = new int[records.size() + hashes.size()];
        int i = 0;
        for (StoredRecord r : records) {
            stripes[i++] = identityStripe(r.fields());
        }
        for (long hash : hashes) {
            stripes[i++] = KeyLockRepository.stripeOf(hash);
        }
        keyLocks.lock(tx, stripes);
    }

    /** The stripe of a record's identity (source, recordId), as ingest computes it. */
    static int identityStripe(RecordFields fields) {
        return KeyLockRepository.stripeOf(BlockingKey.of(-1, "identity", fields.source() + '\u0000' + fields.recordId()).hash());
    }
}
