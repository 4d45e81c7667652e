package io.primaryinterop.mpi.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stewardship API through HTTP against one database (subclasses: H2, MariaDB): the review queue,
 * merge and unmerge, manual links, survivorship provenance, placeholders and the audit trail. Thresholds
 * are set so that a record sharing family name, birth date and place but not given name, street or
 * identifiers goes to review, and near-identical records link. Every test makes its own people and source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StewardshipApiContract {

    private TestDatabase database;
    RunningService service;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        service = RunningService.start(database, Map.of("mpi.auto-link-threshold", 0.9999999999, "mpi.review-threshold", 0.01,
                "mpi.survivorship.rules.phone", "most-trusted-source",
                "mpi.survivorship.source-ranking", List.of("TRUSTED")));
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

    // ---- the review queue -------------------------------------------------------------------------

    @Test
    void theQueueFiltersBySourceStatusAndProbabilityAndCountsByStatus() {
        String source = source();
        Pair first = reviewPair(source);
        Pair second = reviewPair(source);

        JsonNode page = ok(service.get("/api/v1/reviews?status=OPEN&source=" + source + "&sort=-probability&size=1"));
        JsonNode all = ok(service.get("/api/v1/reviews?source=" + source + "&size=10"));
        JsonNode none = ok(service.get("/api/v1/reviews?source=" + source + "&minProbability=0.0&maxProbability=0.001"));
        JsonNode young = ok(service.get("/api/v1/reviews?source=" + source + "&minAge=P1D"));

        assertEquals(2, page.get("total").asInt(), page.toString());
        assertEquals(1, page.get("items").size());
        assertEquals(2, page.get("counts").get("OPEN").asInt());
        assertEquals(0, page.get("counts").get("MATCHED").asInt());
        double top = page.get("items").get(0).get("probability").asDouble();
        assertTrue(top >= Math.min(first.probability(), second.probability()));
        assertEquals(2, all.get("items").size());
        assertEquals(0, none.get("total").asInt());
        assertEquals(0, young.get("total").asInt(), "no task is a day old");
        JsonNode item = all.get("items").get(0);
        assertEquals(source, item.get("source").asText());
        assertEquals(1, item.get("version").asInt());
        assertEquals("OPEN", item.get("status").asText());
    }

    @Test
    void aTaskShowsBothRecordsAndAWaterfallThatAddsUpToTheMatchWeight() {
        Pair pair = reviewPair(source());

        JsonNode details = ok(service.get("/api/v1/reviews/" + pair.reviewId()));

        assertEquals(pair.recordId(), details.get("record").get("recordId").asText());
        assertEquals(pair.candidatePersonId(), details.get("candidate").get("personId").asText());
        assertEquals(pair.candidateRecordId(), details.get("candidateRecord").get("recordId").asText());
        JsonNode comparison = details.get("comparison");
        double sum = comparison.get("priorWeight").asDouble();
        for (JsonNode step : comparison.get("contributions")) {
            assertTrue(step.has("comparison") && step.has("level"), step.toString());
            sum += step.get("matchWeight").asDouble();
        }
        assertEquals(comparison.get("matchWeight").asDouble(), sum, 1e-9);
        assertEquals(pair.probability(), comparison.get("probability").asDouble(), 1e-9);
    }

    @Test
    void aMatchLinksTheRecordByHandAndClosesTheTask() {
        Pair pair = reviewPair(source());

        JsonNode decided = ok(decide(pair.reviewId(), "MATCH", 1));

        assertEquals("MATCHED", decided.get("task").get("status").asText());
        assertEquals(2, decided.get("task").get("version").asInt());
        assertEquals(RunningService.TEST_SUBJECT, decided.get("task").get("decidedBy").asText());
        JsonNode link = ok(service.get("/api/v1/records/" + pair.source() + "/" + pair.recordId())).get("link");
        assertEquals(pair.candidatePersonId(), link.get("personId").asText());
        assertEquals("MANUAL", link.get("linkType").asText());
        JsonNode left = ok(service.get("/api/v1/persons/" + pair.recordPersonId()));
        assertEquals("RETIRED", left.get("status").asText(), "the record's own person is left without records");
        assertEquals(2, ok(service.get("/api/v1/persons/" + pair.candidatePersonId())).get("records").size());
    }

    @Test
    void aStaleVersionOrASecondDecisionIsAConflict() {
        Pair pair = reviewPair(source());

        Reply stale = decide(pair.reviewId(), "SKIP", 7);
        ok(decide(pair.reviewId(), "SKIP", 1));
        Reply again = decide(pair.reviewId(), "SKIP", 1);
        JsonNode skipped = ok(decide(pair.reviewId(), "NO_MATCH", 2));
        Reply decided = decide(pair.reviewId(), "MATCH", 3);

        assertProblem(409, stale);
        assertTrue(stale.json().get("detail").asText().contains("version"), stale.text());
        assertProblem(409, again);
        assertEquals("NO_MATCH", skipped.get("task").get("status").asText(), "a skipped task can still be decided");
        assertProblem(409, decided);
    }

    @Test
    void aNoMatchIsNeverProposedAgainNorLinkedAutomatically() {
        Pair pair = reviewPair(source());
        ok(decide(pair.reviewId(), "NO_MATCH", 1));

        // The record now carries exactly the candidate's values: without the steward's NO_MATCH it would link.
        JsonNode updated = ok(service.post("/api/v1/records", pair.candidate().json(pair.source(), pair.recordId(), 0)));

        assertNotEquals(pair.candidatePersonId(), updated.get("personId").asText(), updated.toString());
        for (JsonNode c : updated.get("candidates")) {
            assertNotEquals(pair.candidatePersonId(), c.get("personId").asText());
        }
        JsonNode open = ok(service.get("/api/v1/reviews?status=OPEN&source=" + pair.source()));
        assertEquals(0, open.get("total").asInt(), open.toString());
    }

    @Test
    void ofTwoStewardsDecidingTheSameVersionAtOnceExactlyOneWins() throws Exception {
        Pair pair = reviewPair(source());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Reply>> replies = new ArrayList<>();
            for (String decision : List.of("MATCH", "NO_MATCH")) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return decide(pair.reviewId(), decision, 1);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses);
            assertEquals(2, ok(service.get("/api/v1/reviews/" + pair.reviewId())).get("task").get("version").asInt());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTaskWhoseCandidateWasMergedShowsAndMatchesTheSurvivor() {
        String source = source();
        Pair pair = reviewPair(source);
        String survivor = newPerson(Identity.random(), source, 1);
        ok(merge(survivor, pair.candidatePersonId()));

        JsonNode details = ok(service.get("/api/v1/reviews/" + pair.reviewId()));
        JsonNode decided = ok(decide(pair.reviewId(), "MATCH", 1));

        assertEquals(survivor, details.get("candidate").get("personId").asText());
        assertEquals(pair.candidateRecordId(), details.get("candidateRecord").get("recordId").asText());
        assertEquals(survivor, decided.get("task").get("recordPersonId").asText());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "status=MAYBE              | status",
            "minProbability=2          | minProbability",
            "maxProbability=x          | maxProbability",
            "minProbability=0.9&maxProbability=0.1 | minProbability",
            "minAge=7days              | minAge",
            "sort=name                 | sort",
            "size=0                    | size",
            "page=-1                   | page",
    })
    void badQueueQueriesAre400NamingTheParameter(String query, String field) {
        assertProblem(400, service.get("/api/v1/reviews?" + query), field);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"decision\":\"MAYBE\",\"version\":1} | decision",
            "{\"decision\":\"MATCH\"}               | version",
            "{\"decision\":\"MATCH\",\"version\":0} | version",
            "not json                               | body",
    })
    void badDecisionsAre400NamingTheField(String body, String field) {
        Pair pair = reviewPair(source());
        assertProblem(400, service.post("/api/v1/reviews/" + pair.reviewId() + "/decision", body), field);
    }

    @Test
    void unknownReviewsAre404() {
        assertProblem(404, service.get("/api/v1/reviews/987654321"));
        assertProblem(404, decide(987654321L, "SKIP", 1));
        assertProblem(400, service.get("/api/v1/reviews/abc"), "id");
    }

    // ---- merge, unmerge, manual links ------------------------------------------------------------

    @Test
    void aMergeMovesEveryRecordAndLeavesARedirect() {
        String source = source();
        String survivor = newPerson(Identity.random(), source, 2);
        String merged = newPerson(Identity.random(), source, 2);

        JsonNode after = ok(merge(survivor, merged));
        JsonNode redirect = ok(service.get("/api/v1/persons/" + merged));

        assertEquals(survivor, after.get("personId").asText());
        assertEquals(4, after.get("records").size());
        assertEquals("MERGED", redirect.get("status").asText());
        assertEquals(survivor, redirect.get("mergedInto").asText());
        assertEquals(0, redirect.get("records").size());
        assertProblem(409, merge(merged, survivor), null);
        assertProblem(409, merge(survivor, merged), null);
    }

    @Test
    void anUnmergeRestoresPersonsLinksAndGoldenRecordsExactlyAlsoAfterUnrelatedChanges() {
        String source = source();
        String survivor = newPerson(Identity.random(), source, 2);
        String merged = newPerson(Identity.random(), source, 3);
        JsonNode survivorBefore = ok(service.get("/api/v1/persons/" + survivor));
        JsonNode mergedBefore = ok(service.get("/api/v1/persons/" + merged));
        ok(merge(survivor, merged));
        newPerson(Identity.random(), source, 2); // unrelated changes elsewhere
        String other = newPerson(Identity.random(), source, 1);
        ok(merge(other, newPerson(Identity.random(), source, 1)));

        JsonNode restored = ok(service.post("/api/v1/persons/" + merged + "/unmerge", "{\"reason\":\"two patients\"}"));

        assertEquals(stable(mergedBefore), stable(restored));
        assertEquals(stable(survivorBefore), stable(ok(service.get("/api/v1/persons/" + survivor))));
        assertProblem(409, service.post("/api/v1/persons/" + merged + "/unmerge", "{}"), null);
    }

    @Test
    void anUnmergeIsRefusedWithTheReasonWhenAMovedRecordWasRelinked() {
        String source = source();
        Identity patient = Identity.random();
        String survivor = newPerson(Identity.random(), source, 1);
        String merged = newPerson(patient, source, 1);
        String movedRecord = recordsOf(merged).get(0);
        ok(merge(survivor, merged));
        ok(service.post("/api/v1/records/" + source + "/" + movedRecord + "/unlink", "{\"reason\":\"test\"}"));

        Reply refused = service.post("/api/v1/persons/" + merged + "/unmerge", "{}");

        assertProblem(409, refused, null);
        assertTrue(refused.json().get("detail").asText().contains("relinked"), refused.text());
        assertEquals("MERGED", ok(service.get("/api/v1/persons/" + merged)).get("status").asText(), "nothing changed");
    }

    @Test
    void anUnmergeIsRefusedWhileTheSurvivorIsMergedIntoAnotherPerson() {
        String source = source();
        String a = newPerson(Identity.random(), source, 1);
        String b = newPerson(Identity.random(), source, 1);
        String c = newPerson(Identity.random(), source, 1);
        ok(merge(b, a));
        ok(merge(c, b));

        Reply refused = service.post("/api/v1/persons/" + a + "/unmerge", "{}");
        ok(service.post("/api/v1/persons/" + b + "/unmerge", "{}"));
        JsonNode restored = ok(service.post("/api/v1/persons/" + a + "/unmerge", "{}"));

        assertProblem(409, refused, null);
        assertTrue(refused.json().get("detail").asText().contains(c), refused.text());
        assertEquals(1, restored.get("records").size());
        assertEquals(1, ok(service.get("/api/v1/persons/" + b)).get("records").size());
    }

    @Test
    void aManualLinkMovesTheRecordAndMatchingNeverMovesItBack() {
        String source = source();
        Identity patient = Identity.random();
        String home = newPerson(patient, source, 2);
        String target = newPerson(Identity.random(), source, 1);
        String recordId = recordsOf(home).get(0);

        JsonNode linked = ok(service.post("/api/v1/records/" + source + "/" + recordId + "/link",
                "{\"personId\":\"" + target + "\",\"reason\":\"same patient, checked by phone\"}"));
        JsonNode update = ok(service.post("/api/v1/records", patient.json(source, recordId, 1)));

        assertEquals(2, linked.get("records").size());
        assertEquals(target, update.get("personId").asText(), "the update keeps the manual link");
        assertEquals(1, ok(service.get("/api/v1/persons/" + home)).get("records").size());
    }

    @Test
    void anUnlinkGivesTheRecordAPersonOfItsOwn() {
        String source = source();
        String home = newPerson(Identity.random(), source, 2);
        String recordId = recordsOf(home).get(1);

        JsonNode own = ok(service.post("/api/v1/records/" + source + "/" + recordId + "/unlink", "{}"));

        assertNotEquals(home, own.get("personId").asText());
        assertEquals(1, own.get("records").size());
        assertEquals("MANUAL", own.get("records").get(0).get("linkType").asText());
        assertEquals(1, ok(service.get("/api/v1/persons/" + home)).get("records").size());
    }

    @Test
    void badAndUnknownIdentityRequestsAre400And404() {
        String source = source();
        String person = newPerson(Identity.random(), source, 1);

        assertProblem(400, merge(person, person), "personId");
        assertProblem(400, service.post("/api/v1/persons/" + person + "/merge", "{}"), "personId");
        assertProblem(404, merge(person, "00000000-0000-0000-0000-000000000000"), null);
        assertProblem(404, service.post("/api/v1/persons/00000000-0000-0000-0000-000000000000/unmerge", "{}"), null);
        assertProblem(404, service.post("/api/v1/records/" + source + "/NOPE/unlink", "{}"), null);
        assertProblem(400, service.post("/api/v1/records/" + source + "/NOPE/link", "{}"), "personId");
    }

    // ---- golden record provenance, placeholders ---------------------------------------------------

    @Test
    void goldenFieldsNameTheRecordAndTheRuleTheyCameFrom() {
        String source = source();
        Identity patient = Identity.random();
        String person = ok(service.post("/api/v1/records", patient.json(source, Records.id(), 0))).get("personId").asText();
        String trustedId = Records.id();
        String trusted = patient.json("TRUSTED", trustedId, 0).replace(patient.phone(), "555-010-0199");
        assertEquals(person, ok(service.post("/api/v1/records", trusted)).get("personId").asText());

        JsonNode details = ok(service.get("/api/v1/persons/" + person));

        assertEquals("555-010-0199", details.get("golden").get("phone").asText());
        JsonNode phone = details.get("goldenProvenance").get("phone");
        assertEquals("TRUSTED", phone.get("source").asText());
        assertEquals(trustedId, phone.get("recordId").asText());
        assertEquals("MOST_TRUSTED_SOURCE", phone.get("rule").asText());
        assertEquals("MOST_FREQUENT", details.get("goldenProvenance").get("familyName").get("rule").asText());
    }

    @Test
    void aPlaceholderPatientIsNeverLinkedAutomatically() {
        String source = source();
        Identity patient = Identity.random();
        String doe = patient.json(source, Records.id(), 0).replace(patient.given(), "John").replace(patient.family(), "Doe");
        String first = ok(service.post("/api/v1/records", doe)).get("personId").asText();

        JsonNode second = ok(service.post("/api/v1/records", doe.replaceAll("\"recordId\":\"[^\"]+\"",
                "\"recordId\":\"" + Records.id() + "\"")));

        assertEquals("REVIEW", second.get("decision").asText(), second.toString());
        assertNotEquals(first, second.get("personId").asText());
        assertEquals(1, ok(service.get("/api/v1/reviews?status=OPEN&source=" + source)).get("total").asInt());
    }

    // ---- audit ------------------------------------------------------------------------------------

    @Test
    void everyStewardChangeIsAuditedAndSearchableBySubjectActorAndTime() {
        String source = source();
        String survivor = newPerson(Identity.random(), source, 1);
        String merged = newPerson(Identity.random(), source, 1);
        String movedRecord = recordsOf(merged).get(0);
        ok(merge(survivor, merged));
        ok(service.post("/api/v1/persons/" + merged + "/unmerge", "{\"reason\":\"not the same\"}"));

        JsonNode byPerson = ok(service.get("/api/v1/audit?personId=" + merged));
        JsonNode byRecord = ok(service.get("/api/v1/audit?source=" + source + "&recordId=" + movedRecord));
        JsonNode byActor = ok(service.get("/api/v1/audit?actor=" + RunningService.TEST_SUBJECT + "&personId=" + survivor + "&size=1"));
        JsonNode future = ok(service.get("/api/v1/audit?personId=" + merged + "&from=2999-01-01T00:00:00Z"));

        List<String> actions = new ArrayList<>();
        byPerson.get("items").forEach(e -> actions.add(e.get("action").asText()));
        assertEquals(List.of("INGEST", "MERGE", "UNMERGE"), actions);
        JsonNode unmerge = byPerson.get("items").get(2);
        assertEquals(RunningService.TEST_SUBJECT, unmerge.get("actor").asText());
        assertEquals("not the same", unmerge.get("reason").asText());
        assertTrue(unmerge.get("personIds").toString().contains(survivor), unmerge.toString());
        assertEquals("MERGED", unmerge.get("before").get("mergedStatus").asText());
        assertEquals("ACTIVE", unmerge.get("after").get("mergedStatus").asText());
        assertEquals(3, byRecord.get("total").asInt(), byRecord.toString());
        // The token's subject is the actor of every change: the ingest (test-user's token has the gateway role too),
        // the merge and the unmerge.
        assertEquals(3, byActor.get("total").asInt(), "ingest, merge and unmerge by the token's subject: " + byActor);
        assertEquals(RunningService.TEST_SUBJECT, byPerson.get("items").get(0).get("actor").asText());
        assertEquals(1, byActor.get("items").size());
        assertEquals(0, future.get("total").asInt());
        assertTrue(unmerge.get("at").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*"), "ISO time: " + unmerge.get("at"));
        assertEquals(405, service.request("DELETE", "/api/v1/audit", null).status());
        assertEquals(405, service.request("PUT", "/api/v1/audit", "{}").status());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "from=yesterday                  | from",
            "source=A                        | recordId",
            "size=100000                     | size",
            "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z | from",
    })
    void badAuditQueriesAre400NamingTheParameter(String query, String field) {
        assertProblem(400, service.get("/api/v1/audit?" + query), field);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** A review task: {@code recordId} (own person) against the candidate person's one record. */
    record Pair(long reviewId, String source, String recordId, String recordPersonId, String candidatePersonId,
                String candidateRecordId, Identity candidate, double probability) {
    }

    Pair reviewPair(String source) {
        Identity patient = Identity.random();
        Identity sibling = Identity.random();
        String candidateRecord = Records.id();
        String person = ok(service.post("/api/v1/records", patient.json(source, candidateRecord, 0))).get("personId").asText();
        String recordId = Records.id();
        String similar = patient.json(source, recordId, 0)
                .replace(patient.given(), sibling.given()).replace(patient.phone(), sibling.phone())
                .replace(patient.nationalId(), sibling.nationalId())
                // another mailbox at another domain, so the e-mails fall in the level "else" for a stated reason:
                // two random names at one domain can fall in the near-miss level, whose weight is whatever
                // training made of it (-17 before the EM floor, about 0 since default-patient-3)
                .replace(patient.email(), sibling.email().replace("@example.org", "@sibling.example.net"))
                .replace(patient.street(), sibling.street());
        JsonNode reply = ok(service.post("/api/v1/records", similar));
        assertEquals("REVIEW", reply.get("decision").asText(), reply.toString());
        JsonNode items = ok(service.get("/api/v1/reviews?status=OPEN&source=" + source + "&size=200")).get("items");
        for (JsonNode item : items) {
            if (item.get("recordId").asText().equals(recordId)) {
                return new Pair(item.get("id").asLong(), source, recordId, reply.get("personId").asText(), person,
                        candidateRecord, patient, item.get("probability").asDouble());
            }
        }
        throw new AssertionError("no open review for the record: " + items);
    }

    Reply decide(long reviewId, String decision, int version) {
        return service.post("/api/v1/reviews/" + reviewId + "/decision",
                "{\"decision\":\"" + decision + "\",\"note\":\"checked\",\"version\":" + version + "}");
    }

    Reply merge(String survivor, String merged) {
        return service.post("/api/v1/persons/" + survivor + "/merge", "{\"personId\":\"" + merged + "\",\"reason\":\"duplicate\"}");
    }

    /** A new person with {@code records} near-identical records of the patient (all linked to it). */
    String newPerson(Identity patient, String source, int records) {
        String person = null;
        for (int i = 0; i < records; i++) {
            JsonNode reply = ok(service.post("/api/v1/records", patient.json(source, Records.id(), 0)));
            if (person == null) {
                person = reply.get("personId").asText();
            }
            assertEquals(person, reply.get("personId").asText(), reply.toString());
        }
        return person;
    }

    List<String> recordsOf(String personId) {
        List<String> ids = new ArrayList<>();
        ok(service.get("/api/v1/persons/" + personId)).get("records").forEach(r -> ids.add(r.get("recordId").asText()));
        return ids;
    }

    /** A person read without what changes on every write (version, updated time). */
    static JsonNode stable(JsonNode person) {
        ObjectNode copy = person.deepCopy();
        copy.remove("version");
        copy.remove("updatedAt");
        return copy;
    }

    static String source() {
        return "S" + Records.id();
    }

    static JsonNode ok(Reply reply) {
        assertEquals(200, reply.status(), reply.text());
        return reply.json();
    }

    static void assertProblem(int status, Reply reply) {
        assertProblem(status, reply, null);
    }

    static void assertProblem(int status, Reply reply, String field) {
        assertEquals(status, reply.status(), reply.text());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        if (field != null) {
            assertEquals(field, reply.json().path("errors").path(0).path("field").asText(), reply.text());
        }
        assertFalse(reply.json() == null);
    }
}
