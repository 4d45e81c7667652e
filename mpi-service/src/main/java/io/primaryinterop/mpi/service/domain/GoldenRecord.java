package io.primaryinterop.mpi.service.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The golden record of a person: per field, the value most of its records agree on (trimmed, blank
 * ignored); a tie goes to the most recently updated record. Records are given oldest first.
 */
public final class GoldenRecord {

    private GoldenRecord() {
    }

    public static List<String> of(List<RecordFields> recordsOldestFirst) {
        List<String> golden = new ArrayList<>(RecordFields.DEMOGRAPHIC_COUNT);
        for (int field = 0; field < RecordFields.DEMOGRAPHIC_COUNT; field++) {
            Map<String, Integer> votes = new HashMap<>();
            String best = null;
            int bestVotes = 0;
            for (RecordFields r : recordsOldestFirst) {
                String v = r.demographics().get(field);
                if (v == null || v.isBlank()) {
                    continue;
                }
                String value = v.trim();
                int n = votes.merge(value, 1, Integer::sum);
                if (n >= bestVotes) {
                    best = value;
                    bestVotes = n;
                }
            }
            golden.add(best);
        }
        return golden;
    }
}
