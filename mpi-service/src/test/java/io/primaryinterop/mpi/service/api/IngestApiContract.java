package io.primaryinterop.mpi.service.api;

import static io.primaryinterop.mpi.service.store.jooq.Tables.AUDIT_EVENT;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.REVIEW_TASK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ingest, match and read API through HTTP against one database; subclasses run it on H2 and on
 * MariaDB. Every test makes its own synthetic people, so tests share the service but not data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IngestApiContract {

    private TestDatabase database;
    RunningService service;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        service = RunningService.start(database);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    Reply ingest(String json) {
        Reply reply = service.post("/api/v1/records", json);
        assertEquals(200, reply.status(), reply.text());
        return reply;
    }

    static final String REVIEW_RULE = "same name and address, birth date unknown, nothing personal agrees";

    /**
     * A record of the person's household without birth date: the bundled model's review rule holds it back from
     * automatic linking (it may as well be a junior or senior of the same name) unless something personal agrees
     * with one of the person's records, as in batch clustering. Records are written as the fields they have
     * beyond name and household: {@code dob}, {@code email}, {@code ssn} (one national id per person), or none.
     */
    @ParameterizedTest(name = "person [{0}], new record [{1}] -> {2}")
    @CsvSource({
            "dob+email,          none,  REVIEW",
            "dob+email,          email, LINKED",
            "dob+email,          dob,   LINKED",
            "dob+email;dob+ssn,  ssn,   LINKED",
            "dob+email;dob+ssn,  none,  REVIEW"})
    void aPairHeldByAReviewRuleGoesToReviewNamingTheRule(String personRecords, String newRecord, String expected) {
        Identity patient = Identity.random();
        String person = null;
        for (String fields : personRecords.split(";")) {
            JsonNode setup = ingest(householdRecord(patient, fields)).json();
            assertEquals(person == null ? "NEW_PERSON" : "LINKED", setup.get("decision").asText(), setup.toString());
            person = setup.get("personId").asText();
        }

        Reply reply = ingest(householdRecord(patient, newRecord));

        JsonNode body = reply.json();
        assertEquals(expected, body.get("decision").asText(), reply.text());
        JsonNode best = body.get("candidates").get(0);
        assertEquals(person, best.get("personId").asText());
        assertTrue(best.get("probability").asDouble() >= 0.5, reply.text());
        if (expected.equals("LINKED")) {
            assertEquals(person, body.get("personId").asText());
            assertTrue(best.get("reviewRule").isNull(), reply.text());
            return;
        }
        assertNotEquals(person, body.get("personId").asText());
        assertEquals(REVIEW_RULE, best.get("reviewRule").asText(), reply.text());
        String personId = person;
        long personRow = service.dsl().select(PERSON.ID).from(PERSON).where(PERSON.ENTERPRISE_ID.eq(personId))
                .fetchSingle().value1();
        assertEquals(List.of("review rule '" + REVIEW_RULE + "' with a record of the best candidate person"),
                service.dsl().select(REVIEW_TASK.REASON).from(REVIEW_TASK)
                        .where(REVIEW_TASK.PERSON_ID.eq(personRow).and(REVIEW_TASK.STATUS.eq("OPEN")))
                        .fetch(REVIEW_TASK.REASON));
        // read-only match says the same of that probe
        JsonNode match = service.post("/api/v1/match?limit=1", householdRecord(patient, newRecord)).json();
        assertEquals(REVIEW_RULE, match.get("candidates").get(0).get("reviewRule").asText(), match.toString());
    }

    /** One household's record (see {@link Identity#householdJson}) from HOSP_A under a new record id. */
    private static String householdRecord(Identity p, String fields) {
        return p.householdJson("HOSP_A", Records.id(), fields);
    }

    @Test
    void aRecordOfAnUnknownPatientGetsANewPerson() {
        Reply reply = ingest(Identity.random().json("HOSP_A", Records.id(), 0));

        assertEquals("NEW_PERSON", reply.json().get("decision").asText(), reply.text());
        assertFalse(reply.json().get("personId").asText().isBlank());
        assertTrue(reply.json().get("candidates").isArray());
    }

    @Test
    void aNearIdenticalRecordFromAnotherSourceIsLinkedToTheSamePerson() {
        Identity patient = Identity.random();
        String first = ingest(patient.json("HOSP_A", Records.id(), 0)).json().get("personId").asText();

        JsonNode second = ingest(patient.json("LAB_B", Records.id(), 1)).json();

        assertEquals("LINKED", second.get("decision").asText());
        assertEquals(first, second.get("personId").asText());
        JsonNode best = second.get("candidates").get(0);
        assertEquals(first, best.get("personId").asText());
        assertTrue(best.get("probability").asDouble() > 0.9, best.toString());
        assertTrue(best.get("matchWeight").isNumber());
        JsonNode contribution = best.get("contributions").get(0);
        assertTrue(contribution.has("comparison") && contribution.has("level") && contribution.has("matchWeight"),
                contribution.toString());
    }

    @Test
    void theSamePayloadTwiceChangesNothing() {
        String json = Identity.random().json("HOSP_A", Records.id(), 0);
        JsonNode first = ingest(json).json();
        String recordId = json.replaceAll("(?s).*\"recordId\":\"([^\"]+)\".*", "$1").trim();
        long audits = auditEvents("HOSP_A", recordId);

        JsonNode again = ingest(json).json();

        assertEquals(first.get("personId"), again.get("personId"));
        assertEquals(first.get("decision"), again.get("decision"));
        JsonNode stored = service.get("/api/v1/records/HOSP_A/" + recordId).json();
        assertEquals(1, stored.get("version").asInt());
        assertEquals(audits, auditEvents("HOSP_A", recordId));
    }

    @Test
    void anUpdateReEvaluatesAnAutomaticLink() {
        Identity patient = Identity.random();
        String stays = Records.id();
        String moves = Records.id();
        String person = ingest(patient.json("HOSP_A", stays, 0)).json().get("personId").asText();
        assertEquals(person, ingest(patient.json("HOSP_A", moves, 1)).json().get("personId").asText());

        JsonNode updated = ingest(Identity.random().json("HOSP_A", moves, 0)).json();

        assertEquals("NEW_PERSON", updated.get("decision").asText());
        assertNotEquals(person, updated.get("personId").asText());
        JsonNode records = service.get("/api/v1/persons/" + person).json().get("records");
        assertEquals(1, records.size());
        assertEquals(stays, records.get(0).get("recordId").asText());
        assertEquals(2, service.get("/api/v1/records/HOSP_A/" + moves).json().get("version").asInt());
    }

    @Test
    void anUpdateNeverMovesAManualLink() {
        Identity patient = Identity.random();
        String person = ingest(patient.json("HOSP_A", Records.id(), 0)).json().get("personId").asText();
        String recordId = Records.id();
        Identity someoneElse = Identity.random();
        ingest(someoneElse.json("HOSP_A", recordId, 0));
        // A steward links it to the patient by hand.
        Reply linked = service.post("/api/v1/records/HOSP_A/" + recordId + "/link", "{\"personId\":\"" + person + "\"}");
        assertEquals(200, linked.status(), linked.text());

        JsonNode updated = ingest(someoneElse.json("HOSP_A", recordId, 1)).json();

        assertEquals("LINKED", updated.get("decision").asText());
        assertEquals(person, updated.get("personId").asText());
        assertEquals("MANUAL", service.get("/api/v1/records/HOSP_A/" + recordId).json().get("link").get("linkType").asText());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"recordId\":\"R1\",\"familyName\":\"Doe\"}                               | source",
            "{\"source\":\"A\",\"recordId\":\"  \"}                                       | recordId",
            "{\"source\":\"A\",\"recordId\":\"R1\",\"birthDate\":\"13/03/1972\"}        | birthDate",
            "{\"source\":\"A\",\"recordId\":\"R1\",\"birthDate\":\"1972-02-30\"}        | birthDate",
            "{\"source\":\"A\",\"recordId\":\"R1\",\"sex\":\"X\"}                       | sex",
            "{\"source\":\"A\",\"recordId\":\"R1\",\"givenName\":                        | body",
    })
    void badInputIsA400ProblemNamingTheField(String json, String field) {
        Reply reply = service.post("/api/v1/records", json);

        assertEquals(400, reply.status(), reply.text());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(400, reply.json().get("status").asInt());
        assertEquals(field, reply.json().path("errors").path(0).path("field").asText(), reply.text());
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String huge = "{\"source\":\"A\",\"recordId\":\"R1\",\"addressLine\":\"" + "x".repeat(1_100_000) + "\"}";

        Reply reply = service.post("/api/v1/records", huge);

        assertEquals(413, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    @Test
    void unknownRecordsAndPersonsAre404Problems() {
        Reply record = service.get("/api/v1/records/NOPE/" + Records.id());
        Reply person = service.get("/api/v1/persons/00000000-0000-0000-0000-000000000000");

        assertEquals(404, record.status());
        assertEquals(404, person.status());
        assertTrue(record.contentType().startsWith("application/problem+json"));
        assertTrue(person.contentType().startsWith("application/problem+json"));
    }

    @Test
    void matchRanksCandidatesAndStoresNothing() {
        Identity patient = Identity.random();
        String person = ingest(patient.json("HOSP_A", Records.id(), 0)).json().get("personId").asText();
        String probeId = Records.id();

        JsonNode match = service.post("/api/v1/match?limit=1", patient.json("PROBE", probeId, 1)).json();
        JsonNode strict = service.post("/api/v1/match?minProbability=1", Identity.random().json("PROBE", probeId, 0)).json();

        assertEquals(1, match.get("candidates").size());
        assertEquals(person, match.get("candidates").get(0).get("personId").asText());
        assertEquals(0, strict.get("candidates").size());
        assertEquals(404, service.get("/api/v1/records/PROBE/" + probeId).status());
    }

    @Test
    void aPersonShowsItsGoldenRecordAndLinkedRecords() {
        Identity patient = Identity.random();
        String person = ingest(patient.json("HOSP_A", Records.id(), 0)).json().get("personId").asText();
        ingest(patient.json("LAB_B", Records.id(), 2));

        JsonNode details = service.get("/api/v1/persons/" + person).json();
        JsonNode found = service.get("/api/v1/persons?familyName=" + patient.family().toUpperCase()
                + "&birthDate=" + patient.birthDate()).json();

        assertEquals("ACTIVE", details.get("status").asText());
        assertEquals(patient.family(), details.get("golden").get("familyName").asText());
        assertEquals(patient.birthDate(), details.get("golden").get("birthDate").asText());
        assertEquals(2, details.get("records").size());
        assertEquals(1, found.size());
        assertEquals(person, found.get(0).get("personId").asText());
    }

    @Test
    void concurrentNearIdenticalNewRecordsEndInOnePerson() throws Exception {
        Identity patient = Identity.random();
        int clients = 16;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String json = patient.json("SRC_" + (i % 4), Records.id(), i);
                replies.add(pool.submit(() -> {
                    go.await();
                    return service.post("/api/v1/records", json);
                }));
            }
            go.countDown();
            Set<String> persons = new HashSet<>();
            for (Future<Reply> reply : replies) {
                Reply r = reply.get();
                assertEquals(200, r.status(), r.text());
                persons.add(r.json().get("personId").asText());
            }
            assertEquals(1, persons.size(), persons.toString());
            assertEquals(clients, service.get("/api/v1/persons/" + persons.iterator().next()).json().get("records").size());
        } finally {
            pool.shutdownNow();
        }
    }

    private long auditEvents(String source, String recordId) {
        return service.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.RECORD_ID.eq(
                service.dsl().select(SOURCE_RECORD.ID).from(SOURCE_RECORD)
                        .where(SOURCE_RECORD.SOURCE.eq(source).and(SOURCE_RECORD.RECORD_ID.eq(recordId)))));
    }
}
