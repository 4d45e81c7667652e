package io.primaryinterop.mpi.datasets.evaluation;

import io.primaryinterop.mpi.datasets.generator.HardNegativeKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * How many of the generator's hard negatives (twins, junior/senior, household members, same-name strangers) the
 * result wrongly links: a pair of persons is linked when any record of one shares a cluster with any record
 * of the other.
 */
public final class HardNegativeEvaluation {

    /** Per kind: pairs in the truth, pairs linked by the result. */
    public record KindResult(HardNegativeKind kind, long pairs, long linked) {
    }

    private HardNegativeEvaluation() {
    }

    /** Reads {@code left_person_id,right_person_id,kind}; persons unknown to the truth are an error with the line. */
    public static List<KindResult> evaluate(Path hardNegatives, Truth truth, Clustering clustering) {
        List<int[]> pairs = new ArrayList<>();
        List<HardNegativeKind> kinds = new ArrayList<>();
        CsvColumns.forEach(hardNegatives, List.of("left_person_id", "right_person_id", "kind"), row -> {
            int left = truth.personIndex(row.get(0));
            int right = truth.personIndex(row.get(1));
            if (left < 0 || right < 0) {
                throw row.error(left < 0 ? "left_person_id" : "right_person_id", "person not in the truth");
            }
            HardNegativeKind kind;
            try {
                kind = HardNegativeKind.byLabel(row.get(2));
            } catch (IllegalArgumentException e) {
                throw row.error("kind", e.getMessage());
            }
            pairs.add(new int[] {left, right});
            kinds.add(kind);
        });
        boolean[] involved = new boolean[truth.persons()];
        pairs.forEach(p -> {
            involved[p[0]] = true;
            involved[p[1]] = true;
        });
        Map<Integer, IntHashSet> clustersOf = new java.util.HashMap<>();
        for (int r = 0; r < truth.records(); r++) {
            int person = truth.person(r);
            if (involved[person]) {
                clustersOf.computeIfAbsent(person, k -> new IntHashSet()).add(clustering.cluster(r));
            }
        }
        Map<HardNegativeKind, long[]> counts = new EnumMap<>(HardNegativeKind.class);
        for (int i = 0; i < pairs.size(); i++) {
            IntHashSet left = clustersOf.getOrDefault(pairs.get(i)[0], new IntHashSet());
            IntHashSet right = clustersOf.getOrDefault(pairs.get(i)[1], new IntHashSet());
            boolean linked = left.anySatisfy(right::contains);
            long[] c = counts.computeIfAbsent(kinds.get(i), k -> new long[2]);
            c[0]++;
            c[1] += linked ? 1 : 0;
        }
        List<KindResult> results = new ArrayList<>();
        for (HardNegativeKind kind : HardNegativeKind.values()) {
            long[] c = counts.getOrDefault(kind, new long[2]);
            results.add(new KindResult(kind, c[0], c[1]));
        }
        return List.copyOf(results);
    }
}
