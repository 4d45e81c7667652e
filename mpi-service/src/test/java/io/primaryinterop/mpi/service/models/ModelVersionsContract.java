package io.primaryinterop.mpi.service.models;

import static io.primaryinterop.mpi.service.store.jooq.Tables.AUDIT_EVENT;
import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.service.application.RematchJobs;
import io.primaryinterop.mpi.service.security.Roles;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;

/**
 * Model versions through the admin API: register, dry-run (reports, writes nothing), activate (re-matches
 * AUTO links only, one transaction per record, audited with the token's subject), the active version
 * survives a restart. Subclasses run it on H2 and MariaDB.
 */
abstract class ModelVersionsContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    abstract TestDatabase database();

    /** The bundled model renamed, with a prior so small that no pair reaches the auto-link threshold. */
    private static String strictModel(String version) throws Exception {
        ObjectNode model = (ObjectNode) JSON.readTree(sameModel(version));
        model.put("lambda", 1e-200);
        return model.toString();
    }

    /** The bundled model under another name. */
    private static String sameModel(String version) throws Exception {
        ObjectNode model = (ObjectNode) JSON.readTree(ModelSpec.defaultPatientModel().toJson());
        model.put("version", version);
        return model.toString();
    }

    private static String personOf(RunningService service, String source, String recordId) {
        return service.get("/api/v1/records/" + source + "/" + recordId).json().get("link").get("personId").asText();
    }

    private static String linkType(RunningService service, String source, String recordId) {
        return service.get("/api/v1/records/" + source + "/" + recordId).json().get("link").get("linkType").asText();
    }

    @Test
    void registerDryRunActivateAndRestart() throws Exception {
        try (TestDatabase db = database()) {
            String a1 = Records.id();
            String a2 = Records.id();
            String c1 = Records.id();
            String c2 = Records.id();
            String lone = Records.id();
            try (RunningService service = RunningService.start(db)) {
                RunningService admin = service.withRoles("alice.admin", Roles.ADMIN, Roles.STEWARD, Roles.GATEWAY);
                Identity a = Identity.random();
                Identity c = Identity.random();
                admin.post("/api/v1/records", a.json("HOSP_A", a1, 0));
                assertEquals("LINKED", admin.post("/api/v1/records", a.json("LAB_B", a2, 1)).json().get("decision").asText());
                admin.post("/api/v1/records", c.json("HOSP_A", c1, 0));
                assertEquals("LINKED", admin.post("/api/v1/records", c.json("LAB_B", c2, 1)).json().get("decision").asText());
                admin.post("/api/v1/records", Identity.random().json("HOSP_A", lone, 0));
                String aPerson = personOf(service, "HOSP_A", a1);
                String cPerson = personOf(service, "LAB_B", c2);
                // A steward's decision: c2 is linked by hand to the person it is on, so its link is MANUAL.
                Reply linked = admin.post("/api/v1/records/LAB_B/" + c2 + "/link", "{\"personId\":\"" + cPerson + "\"}");
                assertEquals(200, linked.status(), linked.text());
                assertEquals("MANUAL", linkType(service, "LAB_B", c2));

                Reply registered = admin.post("/api/v1/models", strictModel("strict-1"));
                assertEquals(201, registered.status(), registered.text());
                assertEquals("strict-1", registered.json().get("version").asText());
                assertEquals(false, registered.json().get("active").asBoolean());
                assertEquals(409, admin.post("/api/v1/models", strictModel("strict-1")).status());
                Reply bad = admin.post("/api/v1/models", "{\"version\":\"x\",\"comparisons\":\"nope\"}");
                assertEquals(400, bad.status(), bad.text());
                assertTrue(bad.contentType().startsWith("application/problem+json"));
                assertEquals(404, admin.post("/api/v1/models/no-such/activate?dryRun=true", "").status());

                // The same model under another name changes nothing.
                assertEquals(201, admin.post("/api/v1/models", sameModel("same-1")).status());
                JsonNode same = runJob(service, admin.post("/api/v1/models/same-1/activate?dryRun=true", ""));
                assertEquals(0, same.get("recordsChanged").asInt(), same.toString());

                // Dry-run: a report, and the store exactly as it was.
                Result<Record> linksBefore = service.dsl().select().from(LINK).orderBy(LINK.ID).fetch();
                Result<Record> personsBefore = service.dsl().select().from(PERSON).orderBy(PERSON.ID).fetch();
                JsonNode dry = runJob(service, admin.post("/api/v1/models/strict-1/activate?dryRun=true", ""));
                assertEquals(true, dry.get("dryRun").asBoolean());
                assertEquals(4, dry.get("recordsTotal").asInt(), "AUTO links only: c2 is MANUAL");
                assertEquals(3, dry.get("recordsChanged").asInt(), dry.toString());
                Set<String> wouldChange = new HashSet<>();
                dry.get("changes").forEach(ch -> wouldChange.add(ch.get("recordId").asText()));
                assertEquals(Set.of(a1, a2, c1), wouldChange);
                dry.get("changes").forEach(ch -> assertNotEquals("LINKED", ch.get("decisionAfter").asText()));
                assertEquals(linksBefore, service.dsl().select().from(LINK).orderBy(LINK.ID).fetch());
                assertEquals(personsBefore, service.dsl().select().from(PERSON).orderBy(PERSON.ID).fetch());
                assertEquals("none", runningVersion(admin), "no stored version runs before an activation");

                // Activation: the AUTO links are re-matched; the MANUAL one and unchanged records are not touched.
                Record loneLinkBefore = loneLink(service, lone);
                JsonNode applied = runJob(service, admin.post("/api/v1/models/strict-1/activate", ""));
                assertEquals(false, applied.get("dryRun").asBoolean());
                assertEquals(3, applied.get("recordsChanged").asInt(), applied.toString());
                assertNotEquals(personOf(service, "HOSP_A", a1), personOf(service, "LAB_B", a2), "a1 and a2 split");
                assertEquals(aPerson, personOf(service, "LAB_B", a2));
                assertNotEquals(cPerson, personOf(service, "HOSP_A", c1));
                assertEquals(cPerson, personOf(service, "LAB_B", c2), "the MANUAL link stays");
                assertEquals("MANUAL", linkType(service, "LAB_B", c2));
                assertEquals(loneLinkBefore, loneLink(service, lone), "an unchanged record is not rewritten");
                assertEquals(3, service.dsl().fetchCount(AUDIT_EVENT,
                        AUDIT_EVENT.ACTION.eq("REMATCH").and(AUDIT_EVENT.ACTOR.eq("alice.admin"))));
                assertEquals(1, service.dsl().fetchCount(AUDIT_EVENT,
                        AUDIT_EVENT.ACTION.eq("MODEL_ACTIVATE").and(AUDIT_EVENT.ACTOR.eq("alice.admin"))));
                assertEquals("strict-1", runningVersion(admin));
                Identity b = Identity.random();
                admin.post("/api/v1/records", b.json("HOSP_A", Records.id(), 0));
                assertNotEquals("LINKED", admin.post("/api/v1/records", b.json("LAB_B", Records.id(), 1)).json()
                        .get("decision").asText(), "new ingests match with the active version");
            }
            try (RunningService restarted = RunningService.start(db)) {
                assertEquals("strict-1", runningVersion(restarted), "the active version is loaded on start");
            }
        }
    }

    private static Record loneLink(RunningService service, String recordId) {
        return service.dsl().select(LINK.fields()).from(LINK).join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(LINK.RECORD_ID))
                .where(SOURCE_RECORD.RECORD_ID.eq(recordId)).fetchSingle();
    }

    private static String runningVersion(RunningService service) {
        Reply list = service.get("/api/v1/models");
        assertEquals(200, list.status(), list.text());
        List<String> running = new java.util.ArrayList<>();
        list.json().forEach(v -> {
            if (v.get("running").asBoolean()) {
                running.add(v.get("version").asText());
            }
        });
        return running.isEmpty() ? "none" : running.get(0);
    }

    private static JsonNode runJob(RunningService service, Reply started) {
        assertEquals(202, started.status(), started.text());
        assertTrue(service.context().getBean(RematchJobs.class).awaitQueued(Duration.ofMinutes(2)), "job finished");
        Reply job = service.get("/api/v1/jobs/" + started.json().get("id").asLong());
        assertEquals(200, job.status(), job.text());
        assertEquals("DONE", job.json().get("status").asText(), job.text());
        return job.json();
    }
}
