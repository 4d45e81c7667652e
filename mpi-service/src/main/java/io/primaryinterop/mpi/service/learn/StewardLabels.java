package io.primaryinterop.mpi.service.learn;

import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.REVIEW_TASK;

import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.store.RecordRepository;
import io.primaryinterop.mpi.service.store.StoredRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * Stewards' decisions read as labelled record pairs. MATCH: a record with a MANUAL link (a steward linked
 * it, or decided MATCH on a review, which links manually) paired with each other record of its person.
 * NO_MATCH: a review decided NO_MATCH, its record paired with each record of the reviewed person. A pair
 * labelled both ways is dropped.
 */
public final class StewardLabels {

    static final String NO_MATCH = "NO_MATCH";

    private final RecordRepository records;

    public StewardLabels(RecordRepository records) {
        this.records = records;
    }

    public List<LabelledPair> read(DSLContext dsl) {
        Map<Long, Boolean> labels = new TreeMap<>();
        Set<Long> conflicting = new HashSet<>();
        for (var manual : dsl.select(LINK.RECORD_ID, LINK.PERSON_ID).from(LINK)
                .where(LINK.LINK_TYPE.eq("MANUAL")).fetch()) {
            for (long other : recordsOf(dsl, manual.value2())) {
                label(labels, conflicting, manual.value1(), other, true);
            }
        }
        for (var review : dsl.select(REVIEW_TASK.RECORD_ID, REVIEW_TASK.PERSON_ID).from(REVIEW_TASK)
                .where(REVIEW_TASK.STATUS.eq(NO_MATCH)).fetch()) {
            for (long other : recordsOf(dsl, review.value2())) {
                label(labels, conflicting, review.value1(), other, false);
            }
        }
        conflicting.forEach(labels::remove);
        Set<Long> ids = new HashSet<>();
        labels.keySet().forEach(pair -> {
            ids.add(pair >>> 32);
            ids.add(pair & 0xFFFFFFFFL);
        });
        Map<Long, RecordFields> fields = new HashMap<>();
        for (StoredRecord r : records.byIds(dsl, ids)) {
            fields.put(r.id(), r.fields());
        }
        List<LabelledPair> pairs = new ArrayList<>(labels.size());
        labels.forEach((pair, match) -> {
            long lo = pair >>> 32;
            long hi = pair & 0xFFFFFFFFL;
            pairs.add(new LabelledPair(lo, hi, fields.get(lo), fields.get(hi), match));
        });
        return pairs;
    }

    private static List<Long> recordsOf(DSLContext dsl, long personRowId) {
        return dsl.select(LINK.RECORD_ID).from(LINK).where(LINK.PERSON_ID.eq(personRowId)).fetch(r -> r.value1());
    }

    private static void label(Map<Long, Boolean> labels, Set<Long> conflicting, long a, long b, boolean match) {
        if (a == b) {
            return;
        }
        if (a > 0xFFFFFFFFL || b > 0xFFFFFFFFL) {
            throw new IllegalStateException("record row ids beyond 2^32 are not supported by the label reader");
        }
        long pair = (Math.min(a, b) << 32) | Math.max(a, b);
        Boolean before = labels.put(pair, match);
        if (before != null && before != match) {
            conflicting.add(pair);
        }
    }
}
