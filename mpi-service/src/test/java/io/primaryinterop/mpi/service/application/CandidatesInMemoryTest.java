package io.primaryinterop.mpi.service.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.service.domain.Candidate;
import io.primaryinterop.mpi.service.domain.IngestResult;
import io.primaryinterop.mpi.service.domain.PersonDetails;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.store.Transactions;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory candidate data of an embedded H2 store (keys, records, links, persons) decides exactly as the
 * tables do: the same seeded run of new records, updates (keys replaced), records of one patient arriving
 * together in one transaction, read-only matches and stewards' merges, unmerges, links and unlinks goes to two
 * services on H2, one with the copy in memory, one reading the tables, and every outcome must agree. Persons are named by the order in which ingests made
 * them (enterprise ids are random); candidates of equal weight are listed by that name, since the ranking
 * breaks such ties by enterprise id. Each person has a family name of its own, so the best candidate is
 * never a tie; addresses and phones are shared, so blocks hold several people.
 */
class CandidatesInMemoryTest {

    private static final int PEOPLE = 10;
    private static final int STEPS = 200;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void theInMemoryCopyDecidesAsTheTablesDo(long seed) {
        try (TestDatabase a = TestDatabase.h2(); TestDatabase b = TestDatabase.h2();
             RunningService inMemory = RunningService.start(a);
             RunningService table = RunningService.start(b, Map.of("mpi.candidates-in-memory", false))) {
            List<String> memoryRun = run(inMemory, seed);
            List<String> tableRun = run(table, seed);

            assertEquals(tableRun.size(), memoryRun.size());
            for (int step = 0; step < tableRun.size(); step++) {
                assertEquals(tableRun.get(step), memoryRun.get(step), "the first step that differs");
            }
            assertTrue(tableRun.stream().anyMatch(step -> step.contains("LINKED")), "the run links records: " + tableRun);
            assertTrue(tableRun.stream().anyMatch(step -> step.contains("steward 0 ->")), "the run merges: " + tableRun);
            assertTrue(tableRun.stream().anyMatch(step -> step.contains("steward 1 ->")), "the run unmerges: " + tableRun);
            assertTrue(tableRun.stream().anyMatch(step -> step.contains("steward 2 ->")), "the run links by hand: " + tableRun);
        }
    }

    /** The outcomes of one seeded run, persons named by order of first appearance. */
    private static List<String> run(RunningService service, long seed) {
        IngestService ingest = service.context().getBean(IngestService.class);
        IdentityService identity = service.context().getBean(IdentityService.class);
        Transactionally together = new Transactionally(service);
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(person(random, i));
        }
        Map<String, Integer> personNames = new HashMap<>();
        List<String> merged = new ArrayList<>();
        List<RecordFields> stored = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            int kind = random.nextInt(12);
            if (kind < 5 || stored.isEmpty()) {
                RecordFields fields = variant(random, people.get(random.nextInt(PEOPLE)), "S" + random.nextInt(3), "R" + step);
                stored.add(fields);
                outcomes.add(step + " new " + describe(ingest.ingest(fields, "{}"), personNames));
            } else if (kind < 7) {
                int which = random.nextInt(stored.size());
                RecordFields old = stored.get(which);
                RecordFields changed = variant(random, people.get(random.nextInt(PEOPLE)), old.source(), old.recordId());
                stored.set(which, changed);
                outcomes.add(step + " update " + describe(ingest.ingest(changed, "{}"), personNames));
            } else if (kind < 8) {
                // Two records of one patient in one transaction: the second must find the first's keys.
                List<String> patient = people.get(random.nextInt(PEOPLE));
                RecordFields first = variant(random, patient, "S9", "T" + step + "a");
                RecordFields second = variant(random, patient, "S9", "T" + step + "b");
                stored.add(first);
                stored.add(second);
                List<IngestResult> both = together.ingest(ingest, first, second);
                outcomes.add(step + " together " + describe(both.get(0), personNames) + " / " + describe(both.get(1), personNames));
            } else if (kind < 10) {
                RecordFields probe = variant(random, people.get(random.nextInt(PEOPLE)), "PROBE", "P" + step);
                outcomes.add(step + " match " + candidates(ingest.match(probe, 10, 0), personNames));
            } else {
                outcomes.add(step + " steward " + stewardStep(identity, random, stored, personNames, merged));
            }
        }
        return outcomes;
    }

    /** A merge, unmerge, manual link or unlink between persons and records made so far; refusals are outcomes too. */
    private static String stewardStep(IdentityService identity, SplittableRandom random, List<RecordFields> stored,
                                      Map<String, Integer> personNames, List<String> merged) {
        List<String> byName = new ArrayList<>(personNames.keySet());
        byName.sort(Comparator.comparing(personNames::get));
        String a = byName.get(random.nextInt(byName.size()));
        String b = byName.get(random.nextInt(byName.size()));
        RecordFields record = stored.get(random.nextInt(stored.size()));
        int what = random.nextInt(4);
        try {
            PersonDetails result = switch (what) {
                case 0 -> {
                    PersonDetails survivor = identity.merge(a, b, "test", "same person");
                    merged.add(b);
                    yield survivor;
                }
                case 1 -> identity.unmerge(merged.isEmpty() ? b : merged.remove(merged.size() - 1), "test", "not the same");
                case 2 -> identity.link(record.source(), record.recordId(), a, "test", "steward");
                default -> identity.unlink(record.source(), record.recordId(), "test", "steward");
            };
            String person = "p" + personNames.computeIfAbsent(result.personId(), id -> personNames.size());
            return what + " -> " + person + " " + result.status() + " " + result.records().size();
        } catch (RuntimeException refused) {
            return what + " refused: " + refused.getClass().getSimpleName();
        }
    }

    private static String describe(IngestResult result, Map<String, Integer> personNames) {
        String person = "p" + personNames.computeIfAbsent(result.personId(), id -> personNames.size());
        return person + " " + result.decision() + " " + candidates(result.candidates(), personNames);
    }

    private static String candidates(List<Candidate> candidates, Map<String, Integer> personNames) {
        return candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::matchWeight).reversed()
                        .thenComparing(c -> personNames.getOrDefault(c.personId(), -1)))
                .map(c -> "p" + personNames.getOrDefault(c.personId(), -1) + String.format(" %.6f", c.matchWeight()))
                .toList().toString();
    }

    /** A made-up person: the demographics of {@link RecordFields#demographics()}, in that order. */
    private static List<String> person(SplittableRandom r, int i) {
        return List.of(word(r, 6), word(r, 5), word(r, 8), i % 2 == 0 ? "F" : "M",
                "%04d-%02d-%02d".formatted(1940 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                (10 + i % 4) + " Birch Lane", "Springfield", "IL", "6270" + (i % 4), "US",
                "217-555-%04d".formatted(i % 3), word(r, 7) + "@example.org",
                "%03d-%02d-%04d".formatted(100 + r.nextInt(800), 10 + r.nextInt(89), 1000 + r.nextInt(9000)));
    }

    /** The person's record, with some fields left out or mistyped. */
    private static RecordFields variant(SplittableRandom r, List<String> person, String source, String recordId) {
        List<String> values = new ArrayList<>(person);
        for (int field = 0; field < values.size(); field++) {
            int roll = r.nextInt(12);
            if (roll == 0 && field != 2) {
                values.set(field, null);
            } else if (roll == 1 && field == 0) {
                values.set(field, values.get(field).substring(0, 1));
            } else if (roll == 2 && (field == 10 || field == 12)) {
                char[] digits = values.get(field).toCharArray();
                int at = digits.length - 1;
                digits[at] = digits[at] == '9' ? '0' : (char) (digits[at] + 1);
                values.set(field, new String(digits));
            }
        }
        return RecordFields.of(source, recordId, values);
    }

    private static String word(SplittableRandom r, int length) {
        StringBuilder s = new StringBuilder();
        s.append((char) ('A' + r.nextInt(26)));
        for (int i = 1; i < length; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    /** Several ingests in one transaction of the service's store (as a FHIR transaction Bundle does). */
    private record Transactionally(RunningService service) {
        List<IngestResult> ingest(IngestService ingest, RecordFields... records) {
            return service.context().getBean(Transactions.class).inTransaction(tx -> {
                List<IngestResult> results = new ArrayList<>();
                for (RecordFields fields : records) {
                    results.add(ingest.ingest(fields, "{}"));
                }
                return results;
            });
        }
    }
}
