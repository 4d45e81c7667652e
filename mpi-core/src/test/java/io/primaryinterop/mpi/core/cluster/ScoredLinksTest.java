package io.primaryinterop.mpi.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ScoredLinksTest {

    @Property
    void orderIsByDescendingWeight(@ForAll List<Float> weights) {
        ScoredLinks links = new ScoredLinks(1);
        for (float w : weights) {
            if (!Float.isNaN(w)) {
                links.add(0, 1, w);
            }
        }
        int[] order = links.indicesByDescendingWeight();
        assertEquals(links.size(), order.length);
        for (int i = 1; i < order.length; i++) {
            assertTrue(Float.compare(links.matchWeight(order[i - 1]), links.matchWeight(order[i])) >= 0
                            || (links.matchWeight(order[i - 1]) == 0f && links.matchWeight(order[i]) == 0f),
                    "weights out of order at " + i);
        }
    }

    @Test
    void addAllConcatenatesAndGrows() {
        ScoredLinks a = new ScoredLinks(1);
        ScoredLinks b = new ScoredLinks(1);
        for (int i = 0; i < 100; i++) {
            a.add(i, i + 1, i);
            b.add(i + 1, i, -i);
        }
        a.addAll(b);
        assertEquals(200, a.size());
        assertEquals(-99f, a.matchWeight(199));
        assertEquals(100, a.left(199));
    }
}
