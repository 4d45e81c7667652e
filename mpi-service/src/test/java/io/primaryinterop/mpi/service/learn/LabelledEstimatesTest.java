package io.primaryinterop.mpi.service.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.core.compare.Comparison;
import io.primaryinterop.mpi.core.compare.ComparisonLevel;
import io.primaryinterop.mpi.core.model.ModelSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labelled counts blended with the model's m/u: a table of cases on the bundled model's first comparison. */
class LabelledEstimatesTest {

    private static final ModelSpec MODEL = ModelSpec.defaultPatientModel();
    private static final Comparison FIRST = MODEL.comparisons().get(0);

    /** {@code count} labelled pairs of one kind, all at {@code level} of the first comparison, null elsewhere. */
    private static ModelSpec learn(int level, int count, boolean match, double matchPrior, double nonMatchPrior) {
        List<int[]> levels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] pair = new int[MODEL.comparisons().size()];
            pair[0] = level;
            levels.add(pair);
        }
        return new LabelledEstimates(matchPrior, nonMatchPrior).apply(MODEL, levels, Collections.nCopies(count, match));
    }

    private static double priorMass(boolean m) {
        double sum = 0;
        for (ComparisonLevel l : FIRST.levels()) {
            if (!l.isNullLevel()) {
                sum += m ? l.m() : l.u();
            }
        }
        return sum;
    }

    @ParameterizedTest(name = "{1} matches at level 1, prior {2}")
    @CsvSource({"1, 0, 50", "1, 50, 50", "1, 950, 50", "1, 10, 1"})
    void mMovesTowardsTheLabelledShareByTheirWeightAgainstThePrior(int level, int count, double prior) {
        ModelSpec learned = learn(level, count, true, prior, 1000);

        double priorM = FIRST.level(level).m() / priorMass(true);
        double expected = (count + prior * priorM) / (count + prior);
        assertEquals(expected, learned.comparisons().get(0).level(level).m(), 1e-12);
        double other = FIRST.level(level + 1).m() / priorMass(true) * prior / (count + prior);
        assertEquals(other, learned.comparisons().get(0).level(level + 1).m(), 1e-12, "other levels lose the mass");
        assertEquals(FIRST.level(level).u() / priorMass(false), learned.comparisons().get(0).level(level).u(), 1e-12,
                "u untouched by matches");
    }

    @ParameterizedTest
    @CsvSource({"0, 1000", "100, 1000", "5000, 1000"})
    void uMovesTowardsLabelledNonMatches(int count, double prior) {
        ModelSpec learned = learn(1, count, false, 50, prior);

        double expected = (count + prior * FIRST.level(1).u() / priorMass(false)) / (count + prior);
        assertEquals(expected, learned.comparisons().get(0).level(1).u(), 1e-12);
    }

    /** Unlabelled comparisons only see their m and u renormalized over the non-null levels: weights within 1e-6. */
    @ParameterizedTest
    @CsvSource({"10", "1000"})
    void theNullLevelAndUnlabelledComparisonsKeepTheirWeights(int count) {
        ModelSpec learned = learn(1, count, true, 50, 1000);

        assertEquals(FIRST.level(0), learned.comparisons().get(0).level(0));
        for (int c = 1; c < MODEL.comparisons().size(); c++) {
            Comparison before = MODEL.comparisons().get(c);
            Comparison after = learned.comparisons().get(c);
            for (int l = 1; l < before.levelCount(); l++) {
                assertEquals(before.level(l).matchWeight(), after.level(l).matchWeight(), 1e-6,
                        "no labels: same weight for " + before.name() + " level " + l);
            }
        }
    }
}
