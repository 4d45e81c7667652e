package io.primaryinterop.mpi.core.linker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.cluster.ClusteringSettings;
import io.primaryinterop.mpi.core.cluster.Clusters;
import io.primaryinterop.mpi.core.cluster.ScoredLinks;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Links held by the bundled model's review rule ("same name and address, birth date unknown, nothing personal agrees") stay out
 * of clustering and are counted by rule label; a held record still joins a cluster through a record it links to
 * without a review rule.
 */
class ClusteringTest {
    private static final String RULE = "same name and address, birth date unknown, nothing personal agrees";

    /** Robert Boyd of one household; {@code dob} and {@code ssn} blank: unknown. */
    private static PatientRecord robert(int id, String dob, String ssn) {
        return new PatientRecord("r" + id, "T", "Robert", null, "Boyd", "M", dob.isEmpty() ? null : dob, "12 Oak Street",
                "Richmond", "VA", "23268", "US", "804-555-0134", null, ssn.isEmpty() ? null : ssn);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // records as birth date/SSN, separated by ';' | every pair linked | expected cluster of each row | held
        "a record without birth date or SSN stays apart|1972-03-13/;1972-03-13/;/|0,0,2|2",
        "it joins through a record sharing its SSN|1972-03-13/345354434;1972-03-13/;/345354434|0,0,0|1",
        "no record without birth date: nothing held|1972-03-13/;1972-03-13/345354434;1972-03-13/|0,0,0|0",
        "two records without birth date: both apart, not together either|1972-03-13/;/;/|0,1,2|3"})
    void heldLinksStayOutOfClustersAndAreCountedByRule(String what, String records, String expectedClusters,
                                                        long expectedHeld) {
        List<PatientRecord> rows = new ArrayList<>();
        for (String record : records.split(";")) {
            String[] dobAndSsn = (record + " ").split("/");
            rows.add(robert(rows.size(), dobAndSsn[0].trim(), dobAndSsn[1].trim()));
        }
        PatientTable table = PatientTable.of(rows, RecordNormalizer.standard());
        Linker linker = Linker.dedupe(table, ModelSpec.defaultPatientModel().compile()).withThreads(1);
        ScoredLinks links = everyPair(linker, rows.size());

        ReviewHolds holds = linker.clustering().holdForReview(links);
        Clusters clusters = linker.clustering().connectedComponents(holds.linked(), ClusteringSettings.defaults());

        int[] expected = java.util.Arrays.stream(expectedClusters.split(",")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(expected, clusters.clusterOf(), what);
        assertEquals(RULE, holds.ruleLabels().get(0));
        long[] expectedPerRule = new long[holds.ruleLabels().size()];
        expectedPerRule[0] = expectedHeld;
        assertArrayEquals(expectedPerRule, holds.heldPerRule(), what);
        assertEquals(links.size(), holds.linked().size() + holds.held().size());
        for (int i = 0; i < holds.held().size(); i++) {
            assertEquals(RULE, holds.rule(i));
        }
    }

    /**
     * Twin sisters of one household (typical profile, seed 11): Beverly, married Andrews, and Evelyn, one of whose
     * records has a birth-date typo. Evelyn's other record (no phone, no SSN) scores higher with Beverly's records
     * (same birth date, given name alike) than with her own; the married twin's record, which that record cannot
     * link with, keeps it out of Beverly's cluster, so it joins Evelyn's. Under her maiden name the review rule for
     * given names merely alike holds the bridge's links to Beverly back (its phone is unknown).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Beverly married: Evelyn's records stay together, apart from Beverly's|Andrews|0,0,2,2",
        "Beverly's SSN record under her maiden name: the bridge's links to Beverly are held (no phone)|Martinez|0,0,2,2"})
    void aTwinsBridgeRecordStaysOutOfAClusterHoldingTheMarriedTwin(String what, String beverlysFamily,
                                                                   String expectedClusters) {
        List<PatientRecord> rows = List.of(
                sister("beverly-ssn", "Beverly", "Julia", beverlysFamily, "1947-05-03", "201-744-7151", "054-32-2668"),
                sister("beverly", "Beverly", null, "Martinez", "1947-05-03", "201-744-7151", null),
                sister("evelyn-ssn", "Evelyn", null, "Martinez", "1947-07-03", "(201) 744-7151", "080-11-4580"),
                sister("evelyn", "EVELYN", null, "MARTINEZ", "1947-05-03", null, null));
        PatientTable table = PatientTable.of(rows, RecordNormalizer.standard());
        Linker linker = Linker.dedupe(table, ModelSpec.defaultPatientModel().compile()).withThreads(1);
        ScoredLinks links = new ScoredLinks();
        for (int a = 0; a < rows.size(); a++) {
            for (int b = a + 1; b < rows.size(); b++) {
                double weight = linker.scorer().matchWeight(a, b);
                if (weight >= 0) {
                    links.add(a, b, (float) weight);
                }
            }
        }

        Clusters clusters = linker.clustering().connectedComponents(
                linker.clustering().holdForReview(links).linked(), ClusteringSettings.defaults());

        int[] expected = java.util.Arrays.stream(expectedClusters.split(",")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(expected, clusters.clusterOf(), what);
    }

    /**
     * One woman, Pamela Karen Robbins, whose middle name is used as her first name on one record; the records with
     * one given name each meet the twin rule (same birth date and household, another given name). The record with
     * both names explains the difference: its link to "Karen" agrees on a given name (the other's middle name) and
     * "Pamela" agrees with it, so the twin rule is not checked between "Pamela" and "Karen". Without it, they stay
     * apart. A record that shares the SSN record's number explains its other given name the same way: twins do not
     * share a national id.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the record with both names joins them|Pamela Karen/065-23-3148;Pamela/;Karen/065-23-3148|0,0,0",
        "without it, two given names stay two people|Pamela/;Karen/065-23-3148|0,1",
        "a record sharing the number, with another given name, is her too|Pamela Karen/065-23-3148;Pamela/;Sophia/065-23-3148|0,0,0"})
    void aLinkWhoseGivenNamesAgreeExplainsAnotherPairsDifferentGivenName(String what, String records,
                                                                         String expectedClusters) {
        int[] expected = java.util.Arrays.stream(expectedClusters.split(",")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(expected, robbinsClusters(records, ModelSpec.defaultPatientModel()), what);
    }

    /**
     * A number shared on the link explains the twin rule only for the records that agree with the link's end: a
     * record written "P." joined "Pamela" (no review rules here, so the initial is linked) and shares Sophia's
     * number, but nothing says "Pamela" is Sophia.
     */
    @Test
    void aSharedNumberOnTheLinkDoesNotExplainARecordThatDoesNotAgreeWithItsEnd() {
        int[] clusterOf = robbinsClusters("Pamela/;P./065-23-3148;Sophia/065-23-3148",
                ModelSpec.defaultPatientModel().withReviewRules(List.of()));
        assertTrue(clusterOf[0] != clusterOf[2], java.util.Arrays.toString(clusterOf));
        assertArrayEquals(new int[] {0, 1}, robbinsClusters("Pamela/;Sophia/065-23-3148",
                ModelSpec.defaultPatientModel().withReviewRules(List.of())), "the twin rule holds on the pair itself");
    }

    /** Records "Given Middle/SSN" of one household and birth date, clustered over every pair. */
    private static int[] robbinsClusters(String records, ModelSpec spec) {
        List<PatientRecord> rows = new ArrayList<>();
        for (String record : records.split(";")) {
            String[] namesAndSsn = (record + " ").split("/");
            String[] givenAndMiddle = namesAndSsn[0].split(" ");
            String ssn = namesAndSsn[1].trim();
            rows.add(new PatientRecord("p" + rows.size(), "T", givenAndMiddle[0],
                    givenAndMiddle.length > 1 ? givenAndMiddle[1] : null, "Robbins", "F", "1968-12-23", "399 Valley Drive",
                    "Albuquerque", "NM", "87102", "US", "505-534-8729", null, ssn.isEmpty() ? null : ssn));
        }
        PatientTable table = PatientTable.of(rows, RecordNormalizer.standard());
        Linker linker = Linker.dedupe(table, spec.compile()).withThreads(1);
        ScoredLinks links = everyPair(linker, rows.size());
        return linker.clustering().connectedComponents(
                linker.clustering().holdForReview(links).linked(), ClusteringSettings.defaults()).clusterOf();
    }

    private static PatientRecord sister(String id, String given, String middle, String family, String dob, String phone,
                                        String ssn) {
        return new PatientRecord(id, "T", given, middle, family, "F", dob, "7 Franklin Square Avenue", "Jersey City", "NJ",
                "07302", "US", phone, null, ssn);
    }

    /** Every pair of the table's rows as a link, with its match weight. */
    private static ScoredLinks everyPair(Linker linker, int rows) {
        ScoredLinks links = new ScoredLinks();
        for (int a = 0; a < rows; a++) {
            for (int b = a + 1; b < rows; b++) {
                links.add(a, b, (float) linker.scorer().matchWeight(a, b));
            }
        }
        return links;
    }
}
