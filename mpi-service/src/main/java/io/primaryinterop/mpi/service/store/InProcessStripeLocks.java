package io.primaryinterop.mpi.service.store;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.exception.DataAccessException;

/**
 * The key-lock stripes as locks of this JVM, for an embedded H2 store: only this process can open the
 * database file, so a lock here serializes exactly what the {@code key_lock} row would, without writing
 * 12 rows (and their B-tree pages) per ingest. A transaction's stripes are held until
 * {@link Transactions} has committed or rolled it back ({@link #releaseAll()}).
 *
 * <p>One set of stripes for the whole JVM: two stores in one JVM (tests) only share waits, never
 * correctness. A wait longer than the timeout ends like a database lock timeout (SQL state HYT00), so
 * {@link Transactions} rolls back and runs the transaction again, as it does after a deadlock.
 */
final class InProcessStripeLocks {

    private static final ReentrantLock[] STRIPES = new ReentrantLock[KeyLockRepository.STRIPES];
    private static final ThreadLocal<ArrayDeque<ReentrantLock>> HELD = ThreadLocal.withInitial(ArrayDeque::new);

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new ReentrantLock();
        }
    }

    private InProcessStripeLocks() {
    }

    /** Locks the stripes, ascending and distinct, until {@link #releaseAll()} on this thread. */
    static void lock(int[] ascendingStripes, long timeoutMillis) {
        for (int stripe : ascendingStripes) {
            ReentrantLock lock = STRIPES[stripe];
            boolean locked;
            try {
                locked = lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataAccessException("interrupted while waiting for key stripe " + stripe, e);
            }
            if (!locked) {
                throw new DataAccessException("timed out after " + timeoutMillis + " ms waiting for key stripe " + stripe,
                        new SQLException("key stripe lock timeout", "HYT00"));
            }
            HELD.get().push(lock);
        }
    }

    /** Releases every stripe this thread holds (the transaction has ended). */
    static void releaseAll() {
        ArrayDeque<ReentrantLock> held = HELD.get();
        while (!held.isEmpty()) {
            held.pop().unlock();
        }
    }

    /** How many stripe locks this thread holds (counting re-entries); for tests. */
    static int heldByThisThread() {
        return HELD.get().size();
    }
}
