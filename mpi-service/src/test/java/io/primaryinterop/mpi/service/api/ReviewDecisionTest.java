package io.primaryinterop.mpi.service.api;

import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.REVIEW_TASK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Thresholds are configuration: with auto-link set very high, a record agreeing on family name, birth
 * date, city and postal code but not on given name, street or identifiers falls between the thresholds and goes to review.
 */
class ReviewDecisionTest {

    @Test
    void aRecordBetweenTheThresholdsGetsItsOwnPersonAndAReviewTaskPerCandidate() {
        try (TestDatabase db = TestDatabase.h2();
             RunningService service = RunningService.start(db,
                     Map.of("mpi.auto-link-threshold", 0.9999999999, "mpi.review-threshold", 0.01))) {
            Identity patient = Identity.random();
            Identity sibling = Identity.random();
            String person = service.post("/api/v1/records", patient.json("HOSP_A", Records.id(), 0)).json()
                    .get("personId").asText();
            String similar = patient.json("HOSP_A", Records.id(), 0)
                    .replace(patient.given(), sibling.given()).replace(patient.phone(), sibling.phone())
                    .replace(patient.nationalId(), sibling.nationalId()).replace(patient.email(), sibling.email())
                    .replace(patient.street(), sibling.street());

            JsonNode reply = service.post("/api/v1/records", similar).json();

            assertEquals("REVIEW", reply.get("decision").asText(), reply.toString());
            assertNotEquals(person, reply.get("personId").asText());
            double p = reply.get("candidates").get(0).get("probability").asDouble();
            assertTrue(p >= 0.01 && p < 0.9999999999, "between the thresholds: " + p);
            long candidateRow = service.dsl().select(PERSON.ID).from(PERSON).where(PERSON.ENTERPRISE_ID.eq(person))
                    .fetchSingle().value1();
            assertEquals(1, service.dsl().fetchCount(REVIEW_TASK,
                    REVIEW_TASK.PERSON_ID.eq(candidateRow).and(REVIEW_TASK.STATUS.eq("OPEN"))));
        }
    }
}
