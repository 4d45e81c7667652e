package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.KEY_LOCK;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Serializes ingest on blocking keys across threads and service instances: each key maps to one of
 * {@link #STRIPES} lock rows (all created by migration V2), which the ingest transaction locks with one
 * {@code UPDATE ... WHERE stripe IN (...)} and holds until commit. Both databases visit an IN list on the
 * primary key in ascending order, so two ingests never wait on each other in a cycle. Unrelated records
 * sharing a stripe only wait a little; near-identical records share their keys, so the second sees the
 * first one's person.
 */
@Singleton
public final class KeyLockRepository {

    public static final int STRIPES = 1 << 16;

    public static int stripeOf(long hash) {
        return (int) ((hash ^ (hash >>> 32)) & (STRIPES - 1));
    }

    /** Locks the stripes (any order, duplicates allowed) until the transaction ends: one statement. */
    public void lock(DSLContext ctx, int[] stripes) {
        List<Integer> sorted = Arrays.stream(stripes).distinct().sorted().boxed().toList();
        if (sorted.isEmpty()) {
            return;
        }
        int locked = ctx.update(KEY_LOCK).set(KEY_LOCK.TOUCHED, KEY_LOCK.TOUCHED.plus(1))
                .where(KEY_LOCK.STRIPE.in(sorted))
                .execute();
        if (locked != sorted.size()) {
            throw new IllegalStateException("key_lock holds " + locked + " of " + sorted.size()
                    + " stripes: the store was not migrated (V2 creates all " + STRIPES + ")");
        }
    }
}
