package io.primaryinterop.mpi.datasets.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterEvaluationTest {

    /** Records a..f; persons and clusters given as strings of labels, one per record. */
    private static ClusterEvaluation evaluate(String persons, String clusters) {
        Map<String, String> truth = new LinkedHashMap<>();
        for (int i = 0; i < persons.length(); i++) {
            truth.put("r" + i, "p" + persons.charAt(i));
        }
        Truth t = Truth.of(truth);
        int[] clusterOf = new int[persons.length()];
        for (int i = 0; i < clusters.length(); i++) {
            clusterOf[t.recordIndex("r" + i)] = clusters.charAt(i) - 'a';
        }
        return ClusterEvaluation.of(t, Clustering.of(clusterOf, 0));
    }

    // hand-computed: persons AAABBC; result {a,a,b,b,b,c}: pairs true = 3+1 = 4; predicted = 1+3 = 4;
    // TP = C(2,2) [A in a] + C(1,2) [A in b] + C(2,2) [B in b] = 2
    @ParameterizedTest
    @CsvSource({
            "AAABBC,aabbbc,2,4,4",
            "AAABBC,aaabbc,4,4,4",
            "AAABBC,abcdef,0,0,4",
            "AAABBC,aaaaaa,4,15,4",
            "ABCDEF,abcdef,0,0,0"})
    void pairwiseCountsComeFromTheContingencyTable(String persons, String clusters, long tp, long predicted, long truePairs) {
        PairwiseMetrics p = evaluate(persons, clusters).pairwise();
        assertEquals(tp, p.truePositives());
        assertEquals(predicted, p.predictedPairs());
        assertEquals(truePairs, p.truePairs());
    }

    @Test
    void precisionRecallAndF1() {
        PairwiseMetrics p = evaluate("AAABBC", "aabbbc").pairwise();
        assertEquals(0.5, p.precision(), 1e-12);
        assertEquals(0.5, p.recall(), 1e-12);
        assertEquals(0.5, p.f1(), 1e-12);
        assertEquals(1.0, evaluate("ABC", "abc").pairwise().precision(), "nothing linked: nothing wrong");
    }

    // B-cubed by hand for persons AAABBC, clusters aabbbc:
    // precision per record: r0 2/2, r1 2/2, r2 1/3, r3 2/3, r4 2/3, r5 1/1 -> (1+1+1/3+2/3+2/3+1)/6 = 14/18
    // recall per record:    r0 2/3, r1 2/3, r2 1/3, r3 2/2, r4 2/2, r5 1/1 -> (2/3+2/3+1/3+1+1+1)/6 = 14/18
    @Test
    void bCubedMatchesAHandComputedCase() {
        BCubed b = evaluate("AAABBC", "aabbbc").bCubed();
        assertEquals(14.0 / 18, b.precision(), 1e-12);
        assertEquals(14.0 / 18, b.recall(), 1e-12);
        BCubed allInOne = evaluate("AABB", "aaaa").bCubed();
        assertEquals(0.5, allInOne.precision(), 1e-12);
        assertEquals(1.0, allInOne.recall(), 1e-12);
    }

    @Test
    void clusterSizeDistributions() {
        ClusterEvaluation e = evaluate("AAABBC", "aabbbc");
        assertEquals(Map.of(1, 1L, 2, 1L, 3, 1L), e.predictedSizes());
        assertEquals(Map.of(1, 1L, 2, 1L, 3, 1L), e.trueSizes());
        assertEquals(3, e.predictedClusters());
    }

    @Property(tries = 100)
    void contingencyCountsEqualBruteForcePairCounts(@ForAll @IntRange(min = 1, max = 60) int n, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder persons = new StringBuilder();
        StringBuilder clusters = new StringBuilder();
        for (int i = 0; i < n; i++) {
            persons.append((char) ('A' + random.nextInt(8)));
            clusters.append((char) ('a' + random.nextInt(8)));
        }
        PairwiseMetrics p = evaluate(persons.toString(), clusters.toString()).pairwise();
        long tp = 0;
        long predicted = 0;
        long truePairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean same = persons.charAt(i) == persons.charAt(j);
                boolean linked = clusters.charAt(i) == clusters.charAt(j);
                tp += same && linked ? 1 : 0;
                predicted += linked ? 1 : 0;
                truePairs += same ? 1 : 0;
            }
        }
        assertEquals(tp, p.truePositives());
        assertEquals(predicted, p.predictedPairs());
        assertEquals(truePairs, p.truePairs());
    }
}
