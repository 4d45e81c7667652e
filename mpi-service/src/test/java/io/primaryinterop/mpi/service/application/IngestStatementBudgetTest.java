package io.primaryinterop.mpi.service.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL statements one ingest costs, counted with a jOOQ listener: the lock stripes, the candidates with
 * their records and the writes are one statement each (docs/service.md lists them). A change that adds a
 * statement per ingest must raise the budget here on purpose.
 */
class IngestStatementBudgetTest {

    /** Lock, find, candidates, record, keys, person, link, audit. */
    static final int NEW_PERSON_BUDGET = 8;
    /** As a new person, plus the linked person's records, with its golden record updated instead of inserted. */
    static final int LINKED_BUDGET = 9;
    /** Lock, find, candidates, link, person. */
    static final int REPEAT_BUDGET = 5;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void anIngestRunsAFixedSmallNumberOfStatements(String database) {
        try (TestDatabase db = "h2".equals(database) ? TestDatabase.h2() : TestDatabase.mariaDb();
             RunningService service = RunningService.start(db)) {
            AtomicInteger statements = new AtomicInteger();
            DSLContext dsl = service.dsl();
            dsl.configuration().set(new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    statements.incrementAndGet();
                }
            }));
            Identity patient = Identity.random();
            String first = patient.json("HOSP_A", Records.id(), 0);

            int newPerson = count(statements, () -> assertDecision(service, first, "NEW_PERSON"));
            int linked = count(statements, () -> assertDecision(service, patient.json("LAB_B", Records.id(), 1), "LINKED"));
            int repeat = count(statements, () -> assertDecision(service, first, "NEW_PERSON"));

            String counts = "statements: new person " + newPerson + ", linked " + linked + ", identical repeat " + repeat;
            assertTrue(newPerson <= NEW_PERSON_BUDGET && linked <= LINKED_BUDGET && repeat <= REPEAT_BUDGET, counts);
        }
    }

    private static void assertDecision(RunningService service, String json, String decision) {
        JsonNode reply = service.post("/api/v1/records", json).json();
        assertEquals(decision, reply.get("decision").asText(), reply.toString());
    }

    private static int count(AtomicInteger statements, Runnable ingest) {
        int before = statements.get();
        ingest.run();
        return statements.get() - before;
    }
}
