package io.primaryinterop.mpi.service.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.primaryinterop.mpi.core.cluster.ClusteringSettings;
import io.primaryinterop.mpi.core.cluster.Clusters;
import io.primaryinterop.mpi.core.cluster.ScoredLinks;
import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.linker.InputFormat;
import io.primaryinterop.mpi.core.linker.Linker;
import io.primaryinterop.mpi.core.linker.ReviewHolds;
import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.scoring.MatchWeights;
import io.primaryinterop.mpi.core.table.PatientTable;
import io.primaryinterop.mpi.service.domain.Decision;
import io.primaryinterop.mpi.service.domain.GoldenRecord;
import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import io.primaryinterop.mpi.service.domain.PayloadHash;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.engine.DecisionThresholds;
import io.primaryinterop.mpi.service.engine.MatchEngine;
import io.primaryinterop.mpi.service.store.AuditRepository;
import io.primaryinterop.mpi.service.store.AuditRepository.AuditEvent;
import io.primaryinterop.mpi.service.store.BulkLoadRepository;
import io.primaryinterop.mpi.service.store.BulkLoadRepository.BulkPerson;
import io.primaryinterop.mpi.service.store.BulkLoadRepository.BulkRecord;
import io.primaryinterop.mpi.service.store.ReviewTaskRepository;
import io.primaryinterop.mpi.service.store.ReviewTaskRepository.NewTask;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The bulk path for an existing registry: link a whole file with the batch engine (blocking, scoring,
 * clustering on all cores, at the auto-link threshold), then write records, persons (one per cluster,
 * with its golden record), links and the blocking-key index with multi-row inserts, in chunks. The
 * store must hold no records yet: later records go through ingest, which sees these through the key index.
 */
@Singleton
public final class BulkLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MatchModel model;
    private final MatchEngine engine;
    private final DecisionThresholds thresholds;
    private final Transactions transactions;
    private final BulkLoadRepository bulk;
    private final ReviewTaskRepository reviewTasks;
    private final AuditRepository audit;

    BulkLoader(MatchModel model, MatchEngine engine, DecisionThresholds thresholds, Transactions transactions,
               BulkLoadRepository bulk, AuditRepository audit, ReviewTaskRepository reviewTasks) {
        this.model = model;
        this.engine = engine;
        this.thresholds = thresholds;
        this.transactions = transactions;
        this.bulk = bulk;
        this.audit = audit;
        this.reviewTasks = reviewTasks;
    }

    /**
     * What a load did; {@code reviewTasks}: tasks opened for links a review rule of the model held back (a
     * record and another cluster's person).
     */
    public record LoadSummary(int records, long skippedRows, int persons, int linkedRecords, int reviewTasks,
                              double linkSeconds, double writeSeconds) {
        public double rowsPerSecond() {
            return records / Math.max(1e-9, linkSeconds + writeSeconds);
        }
    }

    public LoadSummary load(Path input, InputFormat format, ReadOptions options, int threads, int chunk, PrintStream log) {
        long started = System.nanoTime();
        if (transactions.inTransaction(bulk::recordCount) > 0) {
            throw new IllegalStateException("the store already holds records: the bulk load is for an empty store "
                    + "(add further records through POST /api/v1/records)");
        }
        List<PatientRecord> records = new ArrayList<>();
        long skipped = format.read(input, options, records::add);
        List<RecordFields> fields = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            RecordFields f = toFields(records.get(i));
            try {
                RecordChecks.checkStorable(f);
            } catch (InvalidRecord e) {
                throw new IllegalArgumentException("record " + (i + 1) + " of " + input + ": " + e.getMessage(), e);
            }
            fields.add(f);
        }
        log.printf("read %d records (%d malformed rows skipped)%n", records.size(), skipped);

        PatientTable table = PatientTable.of(records, model.normalizer());
        records = null;
        Linker linker = Linker.dedupe(table, model).withThreads(threads);
        ScoredLinks[] kept = new ScoredLinks[threads];
        linker.inference().predict(thresholds.autoLink(), worker -> {
            ScoredLinks links = new ScoredLinks(1 << 12);
            kept[worker] = links;
            return (a, b, rule, weight) -> links.add(a, b, (float) weight);
        });
        ScoredLinks all = new ScoredLinks();
        Arrays.stream(kept).filter(k -> k != null).forEach(all::addAll);
        // links held by a review rule are not made automatically, as at ingest: they become review tasks below
        ReviewHolds holds = linker.clustering().holdForReview(all);
        all = holds.linked();
        Clusters clusters = linker.clustering().connectedComponents(all, ClusteringSettings.defaults());
        double linkSeconds = (System.nanoTime() - started) / 1e9;
        log.printf("linked: %d links at p >= %s (%d held by review rules), %d persons (%.1f s)%n", all.size(),
                thresholds.autoLink(), holds.held().size(), clusters.clusterCount(), linkSeconds);

        long writeStarted = System.nanoTime();
        int n = table.size();
        float[] best = bestLinkWeights(all, clusters, n);
        long[] next = transactions.inTransaction(bulk::nextIds);
        int[] personOf = denseClusters(clusters, n);
        int persons = Arrays.stream(personOf).max().orElse(-1) + 1;
        Map<Integer, Map<Integer, HeldLink>> reviews = reviewsByRecord(holds, personOf);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        writePersons(fields, personOf, persons, next[0], chunk, now);
        log.printf("  %d persons written (%.1f s)%n", persons, (System.nanoTime() - writeStarted) / 1e9);
        boolean[] seen = new boolean[persons];
        int linked = 0;
        for (int from = 0; from < n; from += chunk) {
            int to = Math.min(n, from + chunk);
            List<BulkRecord> batch = new ArrayList<>(to - from);
            for (int row = from; row < to; row++) {
                int person = personOf[row];
                boolean first = !seen[person];
                seen[person] = true;
                boolean hasLink = !Float.isNaN(best[row]);
                linked += first ? 0 : 1;
                Decision decision = !first ? Decision.LINKED : reviews.containsKey(row) ? Decision.REVIEW : Decision.NEW_PERSON;
                batch.add(new BulkRecord(next[1] + row, fields.get(row), rawPayload(fields.get(row)),
                        PayloadHash.of(fields.get(row)), next[0] + person, decision,
                        hasLink ? (double) best[row] : null,
                        hasLink ? MatchWeights.probability(best[row]) : null));
            }
            transactions.inTransaction(tx -> {
                bulk.insertRecords(tx, batch, engine.modelVersion(), now);
                return null;
            });
            if ((from / chunk) % 50 == 49) {
                log.printf("  %d / %d records written%n", to, n);
            }
        }
        log.printf("  records and links written (%.1f s)%n", (System.nanoTime() - writeStarted) / 1e9);
        int tasks = writeReviewTasks(reviews, next, now);
        log.printf("  %d review tasks for %d links held by review rules%n", tasks, holds.held().size());
        writeKeyIndex(fields, next[1], chunk, log);
        log.printf("  key index written (%.1f s)%n", (System.nanoTime() - writeStarted) / 1e9);
        int linkedRecords = linked;
        transactions.inTransaction(tx -> {
            bulk.advanceIdentities(tx, next[0] + persons, next[1] + n);
            audit.append(tx, new AuditEvent(now, "load", "BULK_LOAD", null, null, null,
                    "{\"records\":" + n + ",\"persons\":" + persons + ",\"modelVersion\":\"" + engine.modelVersion() + "\"}",
                    "bulk load of " + input.getFileName()));
            return null;
        });
        double writeSeconds = (System.nanoTime() - writeStarted) / 1e9;
        return new LoadSummary(n, skipped, persons, linkedRecords, tasks, linkSeconds, writeSeconds);
    }

    /** A held link's best weight and rule, from one record to another cluster. */
    private record HeldLink(float weight, String rule) {
    }

    /**
     * Per record row (the later one of a held pair, as ingest would have met it), per other cluster: the best held
     * link. Pairs whose records ended in one cluster through other links need no review.
     */
    private static Map<Integer, Map<Integer, HeldLink>> reviewsByRecord(ReviewHolds holds, int[] personOf) {
        Map<Integer, Map<Integer, HeldLink>> reviews = new TreeMap<>();
        ScoredLinks held = holds.held();
        for (int i = 0; i < held.size(); i++) {
            int record = Math.max(held.left(i), held.right(i));
            int other = Math.min(held.left(i), held.right(i));
            if (personOf[record] != personOf[other]) {
                reviews.computeIfAbsent(record, r -> new TreeMap<>()).merge(personOf[other],
                        new HeldLink(held.matchWeight(i), holds.rule(i)), (x, y) -> x.weight() >= y.weight() ? x : y);
            }
        }
        return reviews;
    }

    /** One multi-row insert per record with held links, in one transaction; returns the tasks opened. */
    private int writeReviewTasks(Map<Integer, Map<Integer, HeldLink>> reviews, long[] next, LocalDateTime now) {
        return transactions.inTransaction(tx -> {
            int opened = 0;
            for (Map.Entry<Integer, Map<Integer, HeldLink>> record : reviews.entrySet()) {
                List<NewTask> tasks = new ArrayList<>(record.getValue().size());
                record.getValue().forEach((person, link) -> tasks.add(new NewTask(next[0] + person, link.weight(),
                        MatchWeights.probability(link.weight()), ReviewTasks.reviewRuleReason(link.rule()))));
                reviewTasks.insertAll(tx, next[1] + record.getKey(), tasks, engine.modelVersion(), now);
                opened += tasks.size();
            }
            return opened;
        });
    }

    /** The key index in key order, its record-id index built once afterwards (also when a chunk fails). */
    private void writeKeyIndex(List<RecordFields> fields, long firstRecordId, int chunk, PrintStream log) {
        SortedKeyIndex keys = SortedKeyIndex.of(fields, firstRecordId, engine);
        int[] order = keys.orderByKey();
        int perStatement = chunk * 8;
        transactions.inTransaction(tx -> {
            bulk.dropKeyRecordIndex(tx);
            return null;
        });
        try {
            for (int from = 0; from < keys.size; from += perStatement) {
                int start = from;
                transactions.inTransaction(tx -> {
                    bulk.insertKeys(tx, keys.keyHashes, keys.recordIds, keys.ruleNos, order, start,
                            Math.min(keys.size, start + perStatement));
                    return null;
                });
            }
        } finally {
            transactions.inTransaction(tx -> {
                bulk.restoreKeyRecordIndex(tx);
                return null;
            });
        }
        log.printf("  key index: %d keys written%n", keys.size);
    }

    private void writePersons(List<RecordFields> fields, int[] personOf, int persons, long firstId, int chunk,
                              LocalDateTime now) {
        // Rows grouped by person (counting sort), file order within a person: the golden record's "oldest first".
        int[] start = new int[persons + 1];
        for (int p : personOf) {
            start[p + 1]++;
        }
        for (int p = 0; p < persons; p++) {
            start[p + 1] += start[p];
        }
        int[] rows = new int[personOf.length];
        int[] fill = Arrays.copyOf(start, persons);
        for (int row = 0; row < personOf.length; row++) {
            rows[fill[personOf[row]]++] = row;
        }
        // Random enterprise ids, handed out in sorted order so their unique index grows at its end.
        List<String> enterpriseIds = IntStream.range(0, persons).mapToObj(p -> UUID.randomUUID().toString()).sorted().toList();
        for (int from = 0; from < persons; from += chunk) {
            int to = Math.min(persons, from + chunk);
            List<BulkPerson> batch = IntStream.range(from, to).parallel().mapToObj(p -> {
                List<RecordFields> own = new ArrayList<>(start[p + 1] - start[p]);
                for (int i = start[p]; i < start[p + 1]; i++) {
                    own.add(fields.get(rows[i]));
                }
                return new BulkPerson(firstId + p, enterpriseIds.get(p), GoldenRecord.of(own));
            }).toList();
            transactions.inTransaction(tx -> {
                bulk.insertPersons(tx, batch, now);
                return null;
            });
        }
    }

    /** Per row, the highest weight of a link it kept inside its cluster (NaN: a person of one record). */
    private static float[] bestLinkWeights(ScoredLinks links, Clusters clusters, int n) {
        float[] best = new float[n];
        Arrays.fill(best, Float.NaN);
        for (int i = 0; i < links.size(); i++) {
            int a = links.left(i);
            int b = links.right(i);
            if (clusters.clusterOf(a) == clusters.clusterOf(b)) {
                float w = links.matchWeight(i);
                best[a] = Float.isNaN(best[a]) ? w : Math.max(best[a], w);
                best[b] = Float.isNaN(best[b]) ? w : Math.max(best[b], w);
            }
        }
        return best;
    }

    /** Cluster ids renumbered 0.. in order of first appearance. */
    private static int[] denseClusters(Clusters clusters, int n) {
        int[] dense = new int[n];
        Map<Integer, Integer> ids = new java.util.HashMap<>();
        for (int row = 0; row < n; row++) {
            dense[row] = ids.computeIfAbsent(clusters.clusterOf(row), c -> ids.size());
        }
        return dense;
    }

    private static RecordFields toFields(PatientRecord r) {
        return new RecordFields(r.source(), r.recordId(), r.givenName(), r.middleName(), r.familyName(), r.sex(),
                r.birthDate(), r.addressLine(), r.city(), r.state(), r.postalCode(), r.country(), r.phone(), r.email(),
                r.nationalId());
    }

    /** The record as the API's JSON, so bulk-loaded and ingested records keep the same raw payload shape. */
    private static String rawPayload(RecordFields f) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("source", f.source());
        json.put("recordId", f.recordId());
        List<String> values = f.demographics();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && !values.get(i).isEmpty()) {
                json.put(RecordFields.DEMOGRAPHIC_NAMES.get(i), values.get(i));
            }
        }
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a record as JSON", e);
        }
    }
}
