package io.primaryinterop.mpi.service.security;

import static io.primaryinterop.mpi.service.store.jooq.Tables.AUDIT_EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The audit trail names the token's subject as the actor: an ingest by a gateway, a manual link by a steward. */
class ActorIsTheTokenSubjectTest {

    @Test
    void ingestAndManualLinkAreAuditedWithTheirTokensSubject() {
        try (TestDatabase db = TestDatabase.h2(); RunningService service = RunningService.start(db)) {
            RunningService gateway = service.withRoles("ehr-gateway-7", Roles.GATEWAY);
            RunningService steward = service.withRoles("jane.steward", Roles.STEWARD);
            String recordId = Records.id();
            String person = gateway.post("/api/v1/records", Identity.random().json("HOSP_A", Records.id(), 0)).json()
                    .get("personId").asText();
            gateway.post("/api/v1/records", Identity.random().json("HOSP_A", recordId, 0));

            assertEquals(200, steward.post("/api/v1/records/HOSP_A/" + recordId + "/link",
                    "{\"personId\":\"" + person + "\",\"reason\":\"checked\"}").status());

            assertEquals(2, service.dsl().fetchCount(AUDIT_EVENT,
                    AUDIT_EVENT.ACTOR.eq("ehr-gateway-7").and(AUDIT_EVENT.ACTION.eq("INGEST"))));
            assertEquals(0, service.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq("ingest")));
            assertEquals(1, service.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq("jane.steward")));
        }
    }
}
