package io.primaryinterop.mpi.service.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The primitive key -> records multimap behaves as a map of sorted sets, through growth and removals. */
class KeyRecordTableTest {

    /** Add (true) or remove (false) the pair (hash, id). */
    record Step(boolean add, long hash, long id) {
    }

    @Property(tries = 300)
    void behavesAsAMapOfSortedSets(@ForAll("steps") List<Step> steps) {
        KeyRecordTable table = new KeyRecordTable(0);
        Map<Long, TreeSet<Long>> expected = new TreeMap<>();
        for (Step step : steps) {
            if (step.add()) {
                table.add(step.hash(), step.id());
                expected.computeIfAbsent(step.hash(), h -> new TreeSet<>()).add(step.id());
            } else {
                table.remove(step.hash(), step.id());
                TreeSet<Long> ids = expected.get(step.hash());
                if (ids != null && ids.remove(step.id()) && ids.isEmpty()) {
                    expected.remove(step.hash());
                }
            }
        }
        assertEquals(expected.values().stream().mapToInt(TreeSet::size).sum(), table.size());
        for (long hash = -3; hash <= 40; hash++) {
            TreeSet<Long> ids = expected.get(hash);
            long[] held = table.ids(hash);
            if (ids == null) {
                assertNull(held, "hash " + hash);
            } else {
                assertArrayEquals(ids.stream().mapToLong(Long::longValue).toArray(), held, "hash " + hash);
            }
        }
    }

    /** Few distinct hashes and ids, so runs are long, pairs repeat and removals hit held pairs. */
    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 9).map(n -> n < 7),
                Arbitraries.longs().between(-3, 40),
                Arbitraries.longs().between(1, 60)).as(Step::new);
        return step.list().ofMaxSize(400);
    }

    @Test
    void aKeysRecordsComeBackAscendingWhateverTheOrderTheyCameIn() {
        KeyRecordTable table = new KeyRecordTable(4);
        for (long id : new long[] {30, 10, 40, 20, 10}) {
            table.add(7, id);
        }

        assertArrayEquals(new long[] {10, 20, 30, 40}, table.ids(7));
        assertEquals(4, table.size());
    }

    @Test
    void rowIdsArePositive() {
        assertThrows(IllegalArgumentException.class, () -> new KeyRecordTable(4).add(7, 0));
    }
}
