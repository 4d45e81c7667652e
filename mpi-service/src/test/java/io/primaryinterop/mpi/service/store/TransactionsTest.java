package io.primaryinterop.mpi.service.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionsTest {

    @ParameterizedTest(name = "state {0}, code {1} -> retry {2}")
    @CsvSource({
            "40001, 1213,  true",   // MariaDB deadlock
            "HY000, 1205,  true",   // MariaDB lock wait timeout
            "40001, 40001, true",   // H2 deadlock
            "HYT00, 50200, true",   // H2 lock timeout
            "23000, 1062,  false",  // duplicate key: a real error
            "42S02, 1146,  false",  // missing table
    })
    void onlyLockConflictsAreRetried(String state, int code, boolean transientFailure) {
        DataAccessException e = new DataAccessException("wrapped", new SQLException("reason", state, code));

        assertEquals(transientFailure, Transactions.isTransient(e));
    }
}
