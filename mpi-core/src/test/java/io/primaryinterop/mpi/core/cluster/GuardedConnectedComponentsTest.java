package io.primaryinterop.mpi.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuardedConnectedComponentsTest {

    @Property(tries = 200)
    void withoutGuardClustersAreTheConnectedComponents(@ForAll @IntRange(min = 1, max = 60) int records,
                                                       @ForAll @IntRange(min = 0, max = 120) int linkCount,
                                                       @ForAll @LongRange(min = 0, max = 1 << 30) long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        ScoredLinks links = new ScoredLinks(4);
        for (int i = 0; i < linkCount; i++) {
            links.add(random.nextInt(records), random.nextInt(records), (float) (random.nextDouble() * 40 - 20));
        }
        Clusters clusters = new GuardedConnectedComponents(CannotLink.never(), ClusteringSettings.unlimited())
                .cluster(records, links);
        assertArrayEquals(referenceComponents(records, links), clusters.clusterOf());
        assertEquals(Arrays.stream(clusters.clusterOf()).distinct().count(), clusters.clusterCount());
        assertEquals(0, clusters.refusedByGuard() + clusters.refusedBySize());
    }

    @Test
    void bridgeRecordDoesNotChainTwoClearPersons() {
        // rows 0,1 are person A; rows 3,4 are person B; row 2 links to both, more strongly to A
        ScoredLinks links = new ScoredLinks();
        links.add(0, 1, 30f);
        links.add(3, 4, 28f);
        links.add(1, 2, 12f);
        links.add(2, 3, 9f);
        Set<String> stronglyDisagreeing = Set.of("0-3", "0-4", "1-3", "1-4");
        CannotLink guard = CannotLink.always((a, b) -> stronglyDisagreeing.contains(Math.min(a, b) + "-" + Math.max(a, b)));

        Clusters clusters = new GuardedConnectedComponents(guard, ClusteringSettings.defaults()).cluster(5, links);

        assertArrayEquals(new int[] {0, 0, 0, 3, 3}, clusters.clusterOf());
        assertEquals(1, clusters.refusedByGuard());
        assertNotEquals(clusters.clusterOf(0), clusters.clusterOf(4));
    }

    @Test
    void twoSingleRecordsThatCannotBeLinkedStayApart() {
        // a twin pair scores above the threshold (shared address, phone, family name, birth date) but a
        // cannot-link rule says they are two people
        ScoredLinks links = new ScoredLinks();
        links.add(0, 1, 25f);
        links.add(1, 2, 20f);
        CannotLink twins = CannotLink.always((a, b) -> Math.min(a, b) == 0 && Math.max(a, b) == 1);

        Clusters clusters = new GuardedConnectedComponents(twins, ClusteringSettings.defaults()).cluster(3, links);

        assertArrayEquals(new int[] {0, 1, 1}, clusters.clusterOf());
        assertEquals(1, clusters.refusedByGuard());
    }

    @Test
    void aDifferenceTheLinkExplainsDoesNotRefuseTheMerge() {
        // rows 0 and 2 disagree; only the link 1-2 (not 0-2) explains that
        ScoredLinks links = new ScoredLinks();
        links.add(0, 1, 30f);
        links.add(1, 2, 20f);
        CannotLink explainedByOneToTwo = (left, right) -> (a, b) ->
                Math.min(a, b) == 0 && Math.max(a, b) == 2 && !(Math.min(left, right) == 1 && Math.max(left, right) == 2);
        assertArrayEquals(new int[] {0, 0, 0}, new GuardedConnectedComponents(explainedByOneToTwo,
                ClusteringSettings.defaults()).cluster(3, links).clusterOf());

        ScoredLinks otherLink = new ScoredLinks();
        otherLink.add(0, 1, 30f);
        otherLink.add(0, 2, 20f);
        Clusters clusters = new GuardedConnectedComponents(explainedByOneToTwo, ClusteringSettings.defaults())
                .cluster(3, otherLink);
        assertArrayEquals(new int[] {0, 0, 2}, clusters.clusterOf());
        assertEquals(1, clusters.refusedByGuard());
    }

    @ParameterizedTest
    @CsvSource({"2,1", "3,1", "4,0"})
    void mergeBeyondTheSizeLimitIsRefused(int maxClusterSize, int expectedRefusals) {
        ScoredLinks links = new ScoredLinks();
        links.add(0, 1, 10f);
        links.add(2, 3, 10f);
        links.add(1, 2, 5f);
        Clusters clusters = new GuardedConnectedComponents(CannotLink.never(),
                new ClusteringSettings(maxClusterSize, 100)).cluster(4, links);
        assertEquals(expectedRefusals, clusters.refusedBySize());
    }

    @Test
    void everyRecordIsInExactlyOneClusterNamedByItsSmallestRow() {
        ScoredLinks links = new ScoredLinks();
        links.add(4, 2, 1f);
        Clusters clusters = new GuardedConnectedComponents(CannotLink.never(), ClusteringSettings.defaults())
                .cluster(5, links);
        assertArrayEquals(new int[] {0, 1, 2, 3, 2}, clusters.clusterOf());
        assertEquals(4, clusters.clusterCount());
    }

    private static int[] referenceComponents(int records, ScoredLinks links) {
        List<List<Integer>> adjacent = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            adjacent.add(new ArrayList<>());
        }
        for (int i = 0; i < links.size(); i++) {
            adjacent.get(links.left(i)).add(links.right(i));
            adjacent.get(links.right(i)).add(links.left(i));
        }
        int[] component = new int[records];
        Arrays.fill(component, -1);
        for (int start = 0; start < records; start++) {
            if (component[start] >= 0) {
                continue;
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
            component[start] = start;
            while (!queue.isEmpty()) {
                for (int next : adjacent.get(queue.poll())) {
                    if (component[next] < 0) {
                        component[next] = start;
                        queue.add(next);
                    }
                }
            }
        }
        return component;
    }
}
