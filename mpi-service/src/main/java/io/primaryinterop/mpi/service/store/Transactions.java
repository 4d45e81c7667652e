package io.primaryinterop.mpi.service.store;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * One database transaction per use case. A transaction that lost a deadlock or timed out on a lock
 * is rolled back whole and run again (a few times), so nothing half-written remains either way.
 */
@Singleton
public final class Transactions {

    static final int ATTEMPTS = 5;
    /** How deep this thread is in {@link #inTransaction} (nested calls are savepoints of the outer one). */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final DSLContext dsl;

    public Transactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The context for reads outside a transaction (autocommit). */
    public DSLContext dsl() {
        return dsl;
    }

    public <T> T inTransaction(Function<DSLContext, T> work) {
        int[] depth = DEPTH.get();
        if (depth[0] > 0) {
            long mark = MemoryKeyIndex.stagedCount();
            try {
                return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
            } catch (RuntimeException rolledBackToSavepoint) {
                MemoryKeyIndex.discardStagedAfter(mark);
                throw rolledBackToSavepoint;
            }
        }
        for (int attempt = 1; ; attempt++) {
            depth[0]++;
            try {
                T result = dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
                // committed: the in-memory key index (embedded H2) takes the transaction's keys
                MemoryKeyIndex.publishStaged();
                return result;
            } catch (DataAccessException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
            } finally {
                depth[0]--;
                // committed or rolled back: nothing staged is left, and in-process key stripes (embedded H2)
                // are free again
                MemoryKeyIndex.discardStaged();
                InProcessStripeLocks.releaseAll();
            }
            backOff(attempt);
        }
    }

    /** Whether this thread is inside {@link #inTransaction}. */
    static boolean active() {
        return DEPTH.get()[0] > 0;
    }

    /** Deadlock victim, serialization failure or lock wait timeout, on H2 or MariaDB. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                if ((state != null && state.startsWith("40")) || "HYT00".equals(state)
                        || code == 1205 || code == 1213 || code == 50200 || code == 40001) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            // Jittered so that two losers do not collide again in lockstep.
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", interrupted);
        }
    }
}
