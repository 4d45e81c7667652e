package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.core.cluster.ScoredLinks;
import java.util.BitSet;

/**
 * One-to-one linking: each record of either side keeps at most one link. Links are taken greedily in
 * descending match weight; a link whose left or right record is already linked is dropped.
 */
public final class OneToOne {
    private OneToOne() {
    }

    public static ScoredLinks select(ScoredLinks links, int rows) {
        BitSet used = new BitSet(rows);
        ScoredLinks kept = new ScoredLinks(Math.max(16, links.size() / 2));
        for (int i : links.indicesByDescendingWeight()) {
            int a = links.left(i);
            int b = links.right(i);
            if (!used.get(a) && !used.get(b)) {
                used.set(a);
                used.set(b);
                kept.add(a, b, links.matchWeight(i));
            }
        }
        return kept;
    }
}
