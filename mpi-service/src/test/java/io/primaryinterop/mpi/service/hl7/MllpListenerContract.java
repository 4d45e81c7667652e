package io.primaryinterop.mpi.service.hl7;

import static io.primaryinterop.mpi.service.store.jooq.Tables.AUDIT_EVENT;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;
import static io.primaryinterop.mpi.service.testing.MllpClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.hl7v2.model.Message;
import com.fasterxml.jackson.databind.JsonNode;
import io.primaryinterop.mpi.service.testing.Hl7Fixtures;
import io.primaryinterop.mpi.service.testing.MllpClient;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HL7 v2 main flow through MLLP round trips with HAPI's client against the running service:
 * ADT feed in, records and persons out through HTTP, PIX query over what was fed. Subclasses run it on
 * H2 and on MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MllpListenerContract {

    private TestDatabase database;
    RunningService service;
    MllpClient client;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        int port = MllpClient.freePort();
        service = RunningService.start(database, Map.of("mpi.mllp.enabled", true, "mpi.mllp.port", port));
        client = MllpClient.connect(port);
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    Message send(String er7) {
        return client.send(er7);
    }

    @Test
    void anAdmitIsStoredAsARecordOfItsAssigningAuthorityWithItsDemographics() {
        Identity patient = Identity.random();
        String mrn = Records.id();
        String message = Hl7Fixtures.adt("A01", patient, mrn + "^^^HOSP_A^MR");

        Message ack = send(message);

        assertEquals("AA", get(ack, "/MSA-1"), ack::toString);
        assertEquals(controlIdOf(message), get(ack, "/MSA-2"));
        JsonNode record = service.get("/api/v1/records/HOSP_A/" + mrn).json().get("record");
        assertEquals(patient.given(), record.get("givenName").asText());
        assertEquals("Ann", record.get("middleName").asText());
        assertEquals(patient.family(), record.get("familyName").asText());
        assertEquals(patient.birthDate(), record.get("birthDate").asText());
        assertEquals("F", record.get("sex").asText());
        assertEquals(patient.street() + ", Apt 2", record.get("addressLine").asText());
        assertEquals("Richmond", record.get("city").asText());
        assertEquals("VA", record.get("state").asText());
        assertEquals("23268", record.get("postalCode").asText());
        assertEquals("US", record.get("country").asText());
        assertEquals(patient.email(), record.get("email").asText());
        assertEquals(patient.nationalId(), record.get("nationalId").asText());
        String[] phone = patient.phone().split("-");
        assertEquals("(" + phone[0] + ") " + phone[1] + phone[2], record.get("phone").asText());
    }

    @Test
    void theSendingApplicationAndFacilityAreTheActorOfTheChange() {
        String mrn = Records.id();

        send(Hl7Fixtures.adt("A01", Identity.random(), mrn + "^^^HOSP_A^MR"));

        List<String> actors = service.dsl().select(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.RECORD_ID.eq(service.dsl().select(SOURCE_RECORD.ID).from(SOURCE_RECORD)
                        .where(SOURCE_RECORD.SOURCE.eq("HOSP_A").and(SOURCE_RECORD.RECORD_ID.eq(mrn)))))
                .fetch(AUDIT_EVENT.ACTOR);
        assertEquals(List.of("hl7:ADMIT@HOSP_A"), actors);
    }

    @Test
    void registrationsOfOnePatientFromTwoSystemsLinkToOnePersonAndPixCrossReferencesThem() {
        Identity patient = Identity.random();
        String mrn = Records.id();
        String labId = Records.id();
        assertEquals("AA", get(send(Hl7Fixtures.adt("A04", patient, mrn + "^^^HOSP_A^MR")), "/MSA-1"));
        assertEquals("AA", get(send(Hl7Fixtures.adt("A05", patient, labId + "^^^LAB_B&2.16.840.1.113883.3.1&ISO^MR")),
                "/MSA-1"));
        String person = service.get("/api/v1/records/HOSP_A/" + mrn).json().get("link").get("personId").asText();
        assertEquals(person, service.get("/api/v1/records/LAB_B/" + labId).json().get("link").get("personId").asText());

        Message all = send(Hl7Fixtures.pixQuery(mrn + "^^^HOSP_A"));
        Message labOnly = send(Hl7Fixtures.pixQuery(mrn + "^^^HOSP_A", "LAB_B"));

        assertEquals("RSP", get(all, "/MSH-9-1"));
        assertEquals("K23", get(all, "/MSH-9-2"));
        assertEquals("AA", get(all, "/MSA-1"));
        assertEquals("OK", get(all, "/QAK-2"));
        assertEquals(Map.of("LAB_B", labId, "MPI", person), identifiers(all));
        assertEquals("S", get(all, "/QUERY_RESPONSE/PID-5(1)-7"));
        assertEquals(Map.of("LAB_B", labId), identifiers(labOnly));
        assertEquals(get(labOnly, "/QPD-2"), get(labOnly, "/QAK-1"));
    }

    @Test
    void anUpdateReplacesTheRecordsValuesAndARepeatChangesNothing() {
        Identity patient = Identity.random();
        String mrn = Records.id();
        send(Hl7Fixtures.adt("A01", patient, mrn + "^^^HOSP_A^MR"));
        Identity moved = new Identity(patient.given(), patient.family(), patient.birthDate(), "77 Other St",
                patient.phone(), patient.nationalId(), patient.email());

        String update = Hl7Fixtures.adt("A08", moved, mrn + "^^^HOSP_A^MR");
        assertEquals("AA", get(send(update), "/MSA-1"));
        assertEquals("AA", get(send(update), "/MSA-1"));

        JsonNode stored = service.get("/api/v1/records/HOSP_A/" + mrn).json();
        assertEquals("77 Other St, Apt 2", stored.get("record").get("addressLine").asText());
        assertEquals(2, stored.get("version").asInt());
    }

    @Test
    void aBadBirthDateIsAnsweredAeNamingPid7AndStoresNothing() {
        Identity patient = Identity.random();
        String mrn = Records.id();
        String message = Hl7Fixtures.adt("A01", patient, mrn + "^^^HOSP_A^MR")
                .replace(patient.birthDate().replace("-", ""), "19801301");

        Message ack = send(message);

        assertEquals("AE", get(ack, "/MSA-1"));
        assertEquals("PID", get(ack, "/ERR-2-1"));
        assertEquals("7", get(ack, "/ERR-2-3"));
        assertEquals("102", get(ack, "/ERR-3-1"));
        assertTrue(get(ack, "/ERR-3-9").contains("PID-7"), ack::toString);
        assertEquals(404, service.get("/api/v1/records/HOSP_A/" + mrn).status());
    }

    @Test
    void aPixQueryForAnUnknownIdentifierIsAnsweredAeWithQakAe() {
        send(Hl7Fixtures.adt("A01", Identity.random(), Records.id() + "^^^HOSP_A^MR"));

        Message answer = send(Hl7Fixtures.pixQuery(Records.id() + "^^^HOSP_A"));

        assertEquals("AE", get(answer, "/MSA-1"));
        assertEquals("AE", get(answer, "/QAK-2"));
        assertEquals("QPD", get(answer, "/ERR-2-1"));
        assertEquals("3", get(answer, "/ERR-2-3"));
        assertEquals("204", get(answer, "/ERR-3-1"));
        assertNull(get(answer, "/QUERY_RESPONSE/PID-3-1"));
    }

    @Test
    void pixQueriesFollowTheProfilesCasesForDomains() {
        String mrn = Records.id();
        String otherDomain = "LAB_" + Records.id();
        send(Hl7Fixtures.adt("A01", Identity.random(), mrn + "^^^HOSP_A^MR"));
        send(Hl7Fixtures.adt("A01", Identity.random(), Records.id() + "^^^" + otherDomain + "^MR"));

        Message none = send(Hl7Fixtures.pixQuery(mrn + "^^^HOSP_A", otherDomain));
        Message unknownQueried = send(Hl7Fixtures.pixQuery(mrn + "^^^NO_SUCH_DOMAIN"));
        Message unknownWanted = send(Hl7Fixtures.pixQuery(mrn + "^^^HOSP_A", otherDomain, "NO_SUCH_DOMAIN"));
        Message byPerson = send(Hl7Fixtures.pixQuery(personOf("HOSP_A", mrn) + "^^^MPI"));

        assertEquals(List.of("AA", "NF"), List.of(get(none, "/MSA-1"), get(none, "/QAK-2")));
        assertNull(get(none, "/QUERY_RESPONSE/PID-3-1"));
        assertEquals(List.of("AE", "AE", "QPD", "3", "4", "204"), List.of(get(unknownQueried, "/MSA-1"),
                get(unknownQueried, "/QAK-2"), get(unknownQueried, "/ERR-2-1"), get(unknownQueried, "/ERR-2-3"),
                get(unknownQueried, "/ERR-2-5"), get(unknownQueried, "/ERR-3-1")));
        assertEquals(List.of("AE", "AE", "QPD", "4", "2", "204"), List.of(get(unknownWanted, "/MSA-1"),
                get(unknownWanted, "/QAK-2"), get(unknownWanted, "/ERR-2-1"), get(unknownWanted, "/ERR-2-3"),
                get(unknownWanted, "/ERR-2-4"), get(unknownWanted, "/ERR-3-1")));
        assertEquals(Map.of("HOSP_A", mrn), identifiers(byPerson));
    }

    @Test
    void aMergeMovesThePriorIdentifiersPersonIntoTheSurvivorsPerson() {
        Identity survivor = Identity.random();
        String survivorMrn = Records.id();
        String priorMrn = Records.id();
        send(Hl7Fixtures.adt("A01", survivor, survivorMrn + "^^^HOSP_A^MR"));
        send(Hl7Fixtures.adt("A01", Identity.random(), priorMrn + "^^^HOSP_A^MR"));
        String survivorPerson = personOf("HOSP_A", survivorMrn);
        String priorPerson = personOf("HOSP_A", priorMrn);
        assertNotEquals(survivorPerson, priorPerson);

        String merge = Hl7Fixtures.merge(survivor, survivorMrn + "^^^HOSP_A^MR", priorMrn + "^^^HOSP_A^MR");
        Message ack = send(merge);

        assertEquals("AA", get(ack, "/MSA-1"), ack::toString);
        assertEquals(survivorPerson, personOf("HOSP_A", priorMrn));
        assertEquals(List.of("hl7:ADMIT@HOSP_A"), service.dsl().select(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("MERGE").and(AUDIT_EVENT.REASON.eq("HL7 ADT^A40, control id " + controlIdOf(merge))))
                .fetch(AUDIT_EVENT.ACTOR));
        JsonNode merged = service.get("/api/v1/persons/" + priorPerson).json();
        assertEquals("MERGED", merged.get("status").asText());
        assertEquals(survivorPerson, merged.get("mergedInto").asText());
        assertEquals(Map.of("HOSP_A", priorMrn, "MPI", survivorPerson),
                identifiers(send(Hl7Fixtures.pixQuery(survivorMrn + "^^^HOSP_A"))));
        assertEquals("AA", get(send(Hl7Fixtures.merge(survivor, survivorMrn + "^^^HOSP_A^MR",
                priorMrn + "^^^HOSP_A^MR")), "/MSA-1"), "a repeat finds one person: nothing to do");
    }

    @Test
    void aMergeWithAnUnknownPriorIdentifierIsAnsweredAeNamingMrg1() {
        Identity survivor = Identity.random();
        String survivorMrn = Records.id();
        send(Hl7Fixtures.adt("A01", survivor, survivorMrn + "^^^HOSP_A^MR"));

        Message ack = send(Hl7Fixtures.merge(survivor, survivorMrn + "^^^HOSP_A^MR", Records.id() + "^^^HOSP_A^MR"));

        assertEquals("AE", get(ack, "/MSA-1"));
        assertEquals("MRG", get(ack, "/ERR-2-1"));
        assertEquals("1", get(ack, "/ERR-2-3"));
        assertEquals("204", get(ack, "/ERR-3-1"));
    }

    String personOf(String source, String recordId) {
        return service.get("/api/v1/records/" + source + "/" + recordId).json().get("link").get("personId").asText();
    }

    static String controlIdOf(String er7) {
        return er7.split("\r")[0].split("\\|")[9];
    }

    /** PID-3 of a K23 answer as domain -> identifier. */
    static Map<String, String> identifiers(Message answer) {
        java.util.Map<String, String> ids = new java.util.TreeMap<>();
        for (int rep = 0; ; rep++) {
            String id = get(answer, "/QUERY_RESPONSE/PID-3(" + rep + ")-1");
            if (id == null) {
                return ids;
            }
            ids.put(get(answer, "/QUERY_RESPONSE/PID-3(" + rep + ")-4-1"), id);
        }
    }
}
