package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.KEY_LOCK;

import jakarta.inject.Singleton;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Serializes ingest on blocking keys across threads and service instances: each key maps to one of
 * {@link #STRIPES} lock rows, which the ingest transaction locks FOR UPDATE in ascending order (so
 * two transactions never wait on each other in a cycle) and holds until commit. Unrelated records
 * sharing a stripe only wait a little; near-identical records share their keys, so the second sees
 * the first one's person.
 */
@Singleton
public final class KeyLockRepository {

    public static final int STRIPES = 1 << 16;

    public static int stripeOf(long hash) {
        return (int) ((hash ^ (hash >>> 32)) & (STRIPES - 1));
    }

    /** Locks the stripes (any order, duplicates allowed) until the transaction ends. */
    public void lock(DSLContext ctx, int[] stripes) {
        int[] sorted = Arrays.stream(stripes).distinct().sorted().toArray();
        for (int stripe : sorted) {
            lockOne(ctx, stripe);
        }
    }

    /**
     * An upsert takes the row's exclusive lock in one step, creating the row on first use. (Insert-if-absent
     * followed by SELECT ... FOR UPDATE deadlocks on MariaDB: both transactions get the shared lock of the
     * duplicate check, then both wait to upgrade it.)
     */
    private static void lockOne(DSLContext ctx, int stripe) {
        for (int attempt = 1; ; attempt++) {
            try {
                ctx.insertInto(KEY_LOCK).set(KEY_LOCK.STRIPE, stripe).set(KEY_LOCK.TOUCHED, 1L)
                        .onDuplicateKeyUpdate().set(KEY_LOCK.TOUCHED, KEY_LOCK.TOUCHED.plus(1))
                        .execute();
                return;
            } catch (IntegrityConstraintViolationException createdConcurrently) {
                // H2 reports a concurrent first insert of the same stripe instead of waiting; the row exists now.
                if (attempt >= 3) {
                    throw createdConcurrently;
                }
            }
        }
    }
}
