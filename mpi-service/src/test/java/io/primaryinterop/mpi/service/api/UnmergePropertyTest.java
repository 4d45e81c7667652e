package io.primaryinterop.mpi.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.RunningService.Reply;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random sequences of ingests, merges and unmerges through HTTP; after each unmerge the merged person
 * is exactly as before its merge (status, golden record and provenance, links), and so is the
 * survivor where nothing else changed it since; an unmerge is refused (409, nothing changed) exactly
 * when the survivor has since been merged into another person. Each try has its own source and
 * patients (three of them ingested first); the other tries' data are the "unrelated changes elsewhere".
 */
class UnmergePropertyTest {

    private static TestDatabase database;
    private static RunningService service;

    @BeforeContainer
    static void start() {
        database = TestDatabase.h2();
        service = RunningService.start(database);
    }

    @AfterContainer
    static void stop() {
        service.close();
        database.close();
    }

    sealed interface Op permits Ingest, Merge, Unmerge {
    }

    /** A new record of patient {@code patient} (0-3): it links to that patient's person, wherever it is now. */
    record Ingest(int patient) implements Op {
    }

    /** Merge two active persons, chosen by index among them. */
    record Merge(int survivor, int merged) implements Op {
    }

    /** Undo the merge of one merged person, chosen by index among them. */
    record Unmerge(int merged) implements Op {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> ingest = Arbitraries.integers().between(0, 3).map(Ingest::new);
        Arbitrary<Op> merge = Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9))
                .as(Merge::new);
        Arbitrary<Op> unmerge = Arbitraries.integers().between(0, 9).map(Unmerge::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, ingest), net.jqwik.api.Tuple.of(3, merge),
                net.jqwik.api.Tuple.of(4, unmerge)).list().ofMinSize(6).ofMaxSize(16);
    }

    /**
     * A merge in force: both persons as they were before it, whether the survivor changed since, and
     * which of the survivor's records must still be there (less those another unmerge took back since).
     */
    private static final class OpenMerge {
        final String survivor;
        final JsonNode survivorBefore;
        final JsonNode mergedBefore;
        final Set<String> survivorRecords;
        boolean survivorTouched;

        OpenMerge(String survivor, JsonNode survivorBefore, JsonNode mergedBefore) {
            this.survivor = survivor;
            this.survivorBefore = survivorBefore;
            this.mergedBefore = mergedBefore;
            this.survivorRecords = recordIds(survivorBefore);
        }
    }

    @Property(tries = 30)
    void anUnmergeRestoresTheStateBeforeItsMerge(@ForAll("operations") List<Op> ops) {
        String source = "P" + Records.id();
        List<Identity> patients = List.of(Identity.random(), Identity.random(), Identity.random(), Identity.random());
        Set<String> persons = new LinkedHashSet<>();
        Map<String, OpenMerge> open = new LinkedHashMap<>();
        int unmerges = 0;
        List<Op> all = new ArrayList<>(List.of(new Ingest(0), new Ingest(1), new Ingest(2)));
        all.addAll(ops);
        for (Op op : all) {
            if (op instanceof Ingest ingest) {
                String person = ok(service.post("/api/v1/records",
                        patients.get(ingest.patient()).json(source, Records.id(), 0))).get("personId").asText();
                persons.add(person);
                touch(open, person);
            } else if (op instanceof Merge merge) {
                List<String> active = withStatus(persons, "ACTIVE");
                if (active.size() < 2) {
                    continue;
                }
                String survivor = active.get(merge.survivor() % active.size());
                String merged = active.get((merge.survivor() + 1 + merge.merged() % (active.size() - 1)) % active.size());
                JsonNode survivorBefore = StewardshipApiContract.stable(person(survivor));
                JsonNode mergedBefore = StewardshipApiContract.stable(person(merged));
                ok(service.post("/api/v1/persons/" + survivor + "/merge", "{\"personId\":\"" + merged + "\"}"));
                touch(open, survivor);
                open.put(merged, new OpenMerge(survivor, survivorBefore, mergedBefore));
            } else if (op instanceof Unmerge unmerge && !open.isEmpty()) {
                List<String> merged = new ArrayList<>(open.keySet());
                String target = merged.get(unmerge.merged() % merged.size());
                OpenMerge m = open.get(target);
                boolean survivorMergedAway = "MERGED".equals(person(m.survivor).get("status").asText());
                Reply reply = service.post("/api/v1/persons/" + target + "/unmerge", "{}");
                if (survivorMergedAway) {
                    assertEquals(409, reply.status(), reply.text());
                    assertEquals(m.survivor, person(target).get("mergedInto").asText(), "a refused unmerge changes nothing");
                    unmerges++;
                    continue;
                }
                assertEquals(200, reply.status(), reply.text());
                open.remove(target);
                assertEquals(m.mergedBefore, StewardshipApiContract.stable(person(target)));
                JsonNode survivorNow = StewardshipApiContract.stable(person(m.survivor));
                if (!m.survivorTouched) {
                    assertEquals(m.survivorBefore, survivorNow);
                } else {
                    assertTrue(recordIds(survivorNow).containsAll(m.survivorRecords), survivorNow.toString());
                    Set<String> overlap = new HashSet<>(recordIds(survivorNow));
                    overlap.retainAll(recordIds(m.mergedBefore));
                    assertTrue(overlap.isEmpty(), "moved records went back: " + overlap);
                }
                touch(open, m.survivor);
                open.values().stream().filter(o -> o.survivor.equals(m.survivor))
                        .forEach(o -> o.survivorRecords.removeAll(recordIds(m.mergedBefore)));
                unmerges++;
            }
        }
        Statistics.collect(unmerges > 0 ? "with an unmerge" : "without an unmerge");
    }

    private static void touch(Map<String, OpenMerge> open, String person) {
        open.values().stream().filter(m -> m.survivor.equals(person)).forEach(m -> m.survivorTouched = true);
    }

    private static List<String> withStatus(Set<String> persons, String status) {
        return persons.stream().filter(p -> status.equals(person(p).get("status").asText())).toList();
    }

    private static Set<String> recordIds(JsonNode person) {
        Set<String> ids = new HashSet<>();
        person.get("records").forEach(r -> ids.add(r.get("recordId").asText()));
        return ids;
    }

    private static JsonNode person(String id) {
        return ok(service.get("/api/v1/persons/" + id));
    }

    private static JsonNode ok(Reply reply) {
        assertEquals(200, reply.status(), reply.text());
        return reply.json();
    }
}
