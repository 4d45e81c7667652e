package io.primaryinterop.mpi.service.application;

import static io.primaryinterop.mpi.service.store.jooq.Tables.BLOCKING_KEY;
import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.REVIEW_TASK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.linker.InputFormat;
import io.primaryinterop.mpi.service.application.BulkLoader.LoadSummary;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bulk path links a file with the batch engine and leaves a store that ingest continues from. */
class BulkLoaderTest {

    private static final String CSV = """
            record_id,source,given_name,family_name,sex,birth_date,address_line,city,state,postal_code,phone,national_id
            A1,HOSP_A,Wilhelmina,Quarterfield,F,1961-07-19,12 Birch Ln,Dover,DE,19901,302-555-0199,219-09-9999
            B7,LAB_B,Wilhelmina,Quarterfeld,F,1961-07-19,12 Birch Lane,Dover,DE,19901,(302) 555-0199,219-09-9999
            A2,HOSP_A,Octavius,Brindlecombe,M,1948-02-03,9 Mill St,Keene,NH,03431,603-555-0123,078-05-1120
            A3,HOSP_A,Persephone,Ashdown,F,1999-12-31,400 Elm Ct,Ogden,UT,84401,801-555-0177,
            """;

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void loadsRecordsPersonsLinksAndKeysThatIngestThenFinds(String database) throws Exception {
        Path input = Files.writeString(dir.resolve("registry.csv"), CSV);
        try (TestDatabase db = "h2".equals(database) ? TestDatabase.h2() : TestDatabase.mariaDb();
             RunningService service = RunningService.start(db)) {
            BulkLoader loader = service.context().getBean(BulkLoader.class);

            LoadSummary summary = loader.load(input, InputFormat.PATIENT, ReadOptions.strict(), 2, 2, QUIET);

            assertEquals(4, summary.records());
            assertEquals(3, summary.persons());
            assertEquals(1, summary.linkedRecords());
            assertEquals(4, service.dsl().fetchCount(SOURCE_RECORD));
            assertEquals(3, service.dsl().fetchCount(PERSON));
            assertEquals(4, service.dsl().fetchCount(LINK));
            assertTrue(service.dsl().fetchCount(BLOCKING_KEY) >= 4);
            assertTrue(service.dsl().meta().getTables().stream().filter(t -> t.getName().equalsIgnoreCase("blocking_key"))
                    .flatMap(t -> t.getIndexes().stream()).anyMatch(i -> i.getName().equalsIgnoreCase("ix_blocking_key_record")),
                    "the key index's record-id index is built again after the load");
            JsonNode a1 = service.get("/api/v1/records/HOSP_A/A1").json();
            JsonNode b7 = service.get("/api/v1/records/LAB_B/B7").json();
            assertEquals(a1.get("link").get("personId"), b7.get("link").get("personId"));
            String golden = service.get("/api/v1/persons/" + a1.get("link").get("personId").asText())
                    .json().get("golden").get("familyName").asText();
            assertTrue(golden.equals("Quarterfield") || golden.equals("Quarterfeld"), golden);

            JsonNode ingested = service.post("/api/v1/records", """
                    {"source":"CLINIC_C","recordId":"C9","givenName":"Octavius","familyName":"Brindlecombe","sex":"M",
                     "birthDate":"1948-02-03","addressLine":"9 Mill Street","city":"Keene","state":"NH",
                     "postalCode":"03431","phone":"6035550123","nationalId":"078051120"}
                    """).json();
            assertEquals("LINKED", ingested.get("decision").asText(), ingested.toString());
            assertEquals(service.get("/api/v1/records/HOSP_A/A2").json().get("link").get("personId"), ingested.get("personId"));
            assertEquals(5, service.dsl().fetchCount(SOURCE_RECORD));

            assertThrows(IllegalStateException.class,
                    () -> loader.load(input, InputFormat.PATIENT, ReadOptions.strict(), 2, 2, QUIET));
        }
    }

    @Test
    void aFileRepeatingARecordIdIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path input = Files.writeString(dir.resolve("repeated.csv"), CSV + "A2,HOSP_A,Octavia,Brindle,F,1950-01-01,,,,,,\n");
        try (TestDatabase db = TestDatabase.h2(); RunningService service = RunningService.start(db)) {
            BulkLoader loader = service.context().getBean(BulkLoader.class);

            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> loader.load(input, InputFormat.PATIENT, ReadOptions.strict(), 2, 2, QUIET));

            assertTrue(refused.getMessage().contains("line 6"), refused.getMessage());
            assertEquals(0, service.dsl().fetchCount(SOURCE_RECORD));
            assertEquals(0, service.dsl().fetchCount(PERSON));
        }
    }

    @Test
    void aLinkHeldByAReviewRuleBecomesAReviewTaskNamingTheRule() throws Exception {
        // H3: the same name and household without birth date or national id: it may be Robert's son or father
        Path input = Files.writeString(dir.resolve("household.csv"), CSV
                + "H1,HOSP_A,Robert,Boyd,M,1972-03-13,12 Oak Street,Richmond,VA,23268,804-555-0134,\n"
                + "H2,LAB_B,Robert,Boyd,M,1972-03-13,12 Oak St,Richmond,VA,23268,(804) 555-0134,\n"
                + "H3,CLINIC_C,Robert,Boyd,M,,12 Oak Street,Richmond,VA,23268,804-555-0134,\n");
        try (TestDatabase db = TestDatabase.h2(); RunningService service = RunningService.start(db)) {
            LoadSummary summary = service.context().getBean(BulkLoader.class)
                    .load(input, InputFormat.PATIENT, ReadOptions.strict(), 2, 2, QUIET);

            assertEquals(5, summary.persons());
            assertEquals(1, summary.reviewTasks());
            JsonNode h1 = service.get("/api/v1/records/HOSP_A/H1").json();
            JsonNode h3 = service.get("/api/v1/records/CLINIC_C/H3").json();
            assertEquals(h1.get("link").get("personId"), service.get("/api/v1/records/LAB_B/H2").json().get("link").get("personId"));
            assertTrue(!h1.get("link").get("personId").equals(h3.get("link").get("personId")), h3.toString());
            assertEquals("REVIEW", h3.get("link").get("decision").asText(), h3.toString());
            var task = service.dsl().selectFrom(REVIEW_TASK).fetchSingle();
            assertEquals("OPEN", task.getStatus());
            assertEquals(h1.get("link").get("personId").asText(), service.dsl().select(PERSON.ENTERPRISE_ID).from(PERSON)
                    .where(PERSON.ID.eq(task.getPersonId())).fetchSingle().value1());
            assertEquals("review rule 'same name and address, birth date unknown, nothing personal agrees' with a record of the best "
                    + "candidate person", task.getReason());
            assertTrue(task.getProbability() >= 0.5, task.toString());
        }
    }
}
