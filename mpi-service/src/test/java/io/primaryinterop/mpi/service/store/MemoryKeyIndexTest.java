package io.primaryinterop.mpi.service.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a transaction's key changes look like to lookups: its own thread sees them at once, other threads
 * only once {@link Transactions} has committed; a rollback (whole, or to a savepoint) leaves no trace.
 */
class MemoryKeyIndexTest {

    private static final long K1 = 11;
    private static final long K2 = 22;
    private static final long[] BOTH = {K1, K2};

    private static Connection connection;
    private static Transactions transactions;

    @BeforeAll
    static void openDatabase() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:memory-key-index-test", "sa", "");
        DSLContext dsl = DSL.using(connection, SQLDialect.H2);
        transactions = new Transactions(dsl);
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        connection.close();
    }

    @Test
    void aCommittedChangeIsSeenByEveryThread() {
        MemoryKeyIndex index = MemoryKeyIndex.empty();

        transactions.inTransaction(tx -> {
            index.stage(7, new long[0], BOTH);
            return null;
        });

        assertArrayEquals(new long[] {7}, idsOnAnotherThread(index, BOTH));
    }

    @Test
    void aStagedChangeIsSeenOnlyByItsOwnThreadUntilCommit() {
        MemoryKeyIndex index = MemoryKeyIndex.empty();

        transactions.inTransaction(tx -> {
            index.stage(7, new long[0], new long[] {K1});
            assertArrayEquals(new long[] {7}, index.recordIds(BOTH, 10));
            assertArrayEquals(new long[0], idsOnAnotherThread(index, BOTH));
            return null;
        });
    }

    @Test
    void aRolledBackChangeLeavesNoTrace() {
        MemoryKeyIndex index = MemoryKeyIndex.empty();

        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(tx -> {
            index.stage(7, new long[0], BOTH);
            throw new IllegalStateException("rolled back");
        }));

        assertArrayEquals(new long[0], index.recordIds(BOTH, 10));
        assertArrayEquals(new long[0], idsOnAnotherThread(index, BOTH));
    }

    @Test
    void aNestedRollbackDropsOnlyWhatTheSavepointStaged() {
        MemoryKeyIndex index = MemoryKeyIndex.empty();

        transactions.inTransaction(tx -> {
            index.stage(7, new long[0], new long[] {K1});
            assertThrows(IllegalStateException.class, () -> transactions.inTransaction(nested -> {
                index.stage(8, new long[0], new long[] {K1});
                throw new IllegalStateException("back to the savepoint");
            }));
            return null;
        });

        assertArrayEquals(new long[] {7}, idsOnAnotherThread(index, new long[] {K1}));
    }

    @Test
    void replacingKeysMovesTheRecordFromItsOldKeysToItsNewOnes() {
        MemoryKeyIndex index = MemoryKeyIndex.empty();
        transactions.inTransaction(tx -> {
            index.stage(7, new long[0], new long[] {K1});
            index.stage(9, new long[0], new long[] {K1});
            return null;
        });

        transactions.inTransaction(tx -> {
            index.stage(7, new long[] {K1}, new long[] {K2});
            return null;
        });

        assertArrayEquals(new long[] {9}, index.recordIds(new long[] {K1}, 10));
        assertArrayEquals(new long[] {7}, index.recordIds(new long[] {K2}, 10));
    }

    @Test
    void aKeyGivesItsLowestRecordIdsUpToTheLimitAsTheTablesLimitDoes() {
        MemoryKeyIndex index = MemoryKeyIndex.empty();
        transactions.inTransaction(tx -> {
            for (long id : new long[] {40, 10, 30, 20}) {
                index.stage(id, new long[0], new long[] {K1});
            }
            index.stage(50, new long[0], new long[] {K2});
            return null;
        });

        assertArrayEquals(new long[] {10, 20, 50}, index.recordIds(BOTH, 2));
    }

    @Test
    void keysAreWrittenInsideATransactionOnly() {
        assertThrows(IllegalStateException.class, () -> MemoryKeyIndex.empty().stage(7, new long[0], BOTH));
    }

    private static long[] idsOnAnotherThread(MemoryKeyIndex index, long[] hashes) {
        return CompletableFuture.supplyAsync(() -> index.recordIds(hashes, 10)).join();
    }
}
