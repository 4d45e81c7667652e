package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.KEY_LOCK;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Serializes ingest on blocking keys across threads and service instances: each key maps to one of
 * {@link #STRIPES} lock rows (all created by migration V2), which the ingest transaction locks with one
 * {@code UPDATE ... WHERE stripe IN (...)} and holds until commit. Both databases visit an IN list on the
 * primary key in ascending order, so two ingests never wait on each other in a cycle. Unrelated records
 * sharing a stripe only wait a little; near-identical records share their keys, so the second sees the
 * first one's person.
 *
 * <p>On an embedded H2 store (a file or in-memory URL, no {@code AUTO_SERVER}) only this process can reach
 * the database, so the stripes are {@link InProcessStripeLocks} instead: the same waits without writing the
 * rows. A server URL ({@code jdbc:h2:tcp:}) or {@code AUTO_SERVER=TRUE} keeps the rows.
 */
@Singleton
public final class KeyLockRepository {

    public static final int STRIPES = 1 << 16;
    /** How long an in-process stripe waits, as H2's {@code LOCK_TIMEOUT} of the default URL. */
    static final long IN_PROCESS_TIMEOUT_MILLIS = 10_000;

    private final boolean inProcess;

    public KeyLockRepository(DSLContext dsl) {
        this.inProcess = isEmbedded(dsl);
    }

    /** Whether {@code dsl} reaches an embedded H2 store, which no other process can open. */
    static boolean isEmbedded(DSLContext dsl) {
        return dsl.dialect() == SQLDialect.H2
                && isEmbeddedH2(dsl.connectionResult(connection -> connection.getMetaData().getURL()));
    }

    /** An H2 URL that no other process can open while this one has it. */
    static boolean isEmbeddedH2(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                && !url.replace(" ", "").contains("auto_server=true");
    }

    public static int stripeOf(long hash) {
        return (int) ((hash ^ (hash >>> 32)) & (STRIPES - 1));
    }

    /** Locks the stripes (any order, duplicates allowed) until the transaction ends: one statement. */
    public void lock(DSLContext ctx, int[] stripes) {
        List<Integer> sorted = Arrays.stream(stripes).distinct().sorted().boxed().toList();
        if (sorted.isEmpty()) {
            return;
        }
        if (inProcess) {
            if (!Transactions.active()) {
                throw new IllegalStateException("key stripes are locked inside Transactions.inTransaction only");
            }
            InProcessStripeLocks.lock(sorted.stream().mapToInt(Integer::intValue).toArray(), IN_PROCESS_TIMEOUT_MILLIS);
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
