package io.primaryinterop.mpi.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupCommandTest {
    private static final String HEADER = "record_id,given_name,family_name,sex,birth_date,postal_code,phone,national_id\n";

    static String records() {
        StringBuilder csv = new StringBuilder(HEADER);
        String[] given = {"ANNA", "BORIS", "CARLA", "DMITRI", "ELENA", "FARID", "GRETA", "HUGO", "INES", "JONAS"};
        String[] family = {"ALVAREZ", "BERGMAN", "CASTILLO", "DUBOIS", "EKSTROM", "FONSECA", "GALLO", "HALVORSEN",
            "IVANOVA", "JANSSEN"};
        for (int i = 0; i < 200; i++) {
            String g = given[i % 10];
            String f = family[(i / 10) % 10] + (i / 100 == 1 ? "SON" : "");
            String dob = String.format("19%02d-%02d-%02d", 40 + i % 50, 1 + i % 12, 1 + i % 28);
            String ssn = String.format("%09d", 100_000_000 + i * 7919);
            csv.append("R").append(i).append(',').append(g).append(',').append(f).append(",F,").append(dob)
                    .append(",1").append(String.format("%04d", i)).append(",,").append(ssn).append('\n');
            if (i % 4 == 0) {
                csv.append("D").append(i).append(',').append(g.charAt(0)).append(g.substring(1).toLowerCase())
                        .append(',').append(f).append(",F,").append(dob).append(",1").append(String.format("%04d", i))
                        .append(",,").append(ssn).append('\n');
            }
        }
        return csv.toString();
    }

    @Test
    void everyRecordIsWrittenOnceAndDuplicatesShareACluster(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, records());
        Path clusters = dir.resolve("out/clusters.csv");
        Path pairs = dir.resolve("pairs.csv");
        Path model = dir.resolve("model.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runWithStderr(err, "dedup", "--input", input.toString(), "--output", clusters.toString(),
                "--pairs", pairs.toString(), "--train", "--save-model", model.toString(), "--threads", "2");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(clusters);
        assertEquals("record_id,cluster_id", lines.get(0));
        Map<String, String> clusterOf = lines.subList(1, lines.size()).stream().map(l -> l.split(","))
                .collect(Collectors.toMap(c -> c[0], c -> c[1]));
        assertEquals(250, clusterOf.size());
        for (int i = 0; i < 200; i += 4) {
            assertEquals(clusterOf.get("R" + i), clusterOf.get("D" + i), "R" + i + " and its duplicate");
        }
        assertTrue(Files.readAllLines(pairs).get(0).equals("left_id,right_id,match_weight,match_probability"));
        assertTrue(Files.readAllLines(pairs).size() >= 51);
        assertTrue(Files.exists(model));
        String summary = err.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("records: 250") && summary.contains("peak memory"), summary);
    }

    @Test
    void malformedRowFailsNamingLineAndColumnAndWritesNothing(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, HEADER + "R1,ANNA,SMITH,F,1970-01-01,12345,,123456789\nR2,BORIS,JONES\n");
        Path clusters = dir.resolve("clusters.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runWithStderr(err, "dedup", "--input", input.toString(), "--output", clusters.toString());
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, message);
        assertTrue(message.contains("line 3") && message.contains("column"), message);
        assertFalse(Files.exists(clusters));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary output may be left behind");
        }
    }

    @Test
    void skipBadRowsCountsThem(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.csv");
        // A real-looking national id: 123456789 is a placeholder (unknown), and in a two-record file every
        // name is "common" to the term-frequency adjustment, so the id is what makes the pair certain.
        Files.writeString(input, HEADER + "R1,ANNA,SMITH,F,1970-01-01,12345,,223456781\nR2,BORIS,JONES\n"
                + "R3,ANNA,SMITH,F,1970-01-01,12345,,223456781\n");
        Path clusters = dir.resolve("clusters.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runWithStderr(err, "dedup", "--input", input.toString(), "--output", clusters.toString(),
                "--skip-bad-rows");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 malformed rows skipped"));
        assertEquals(List.of("record_id,cluster_id", "R1,R1", "R3,R1"), Files.readAllLines(clusters));
    }

    /**
     * Robert Boyd twice with his birth date and once without it nor a national id (H3): with the same name and
     * household, that record may as well be his son's, so the bundled model's review rule holds its links back.
     */
    static final String HOUSEHOLD_HEADER = "record_id,given_name,family_name,sex,birth_date,address_line,postal_code,phone,national_id\n";
    static final String HOUSEHOLD = "H1,ROBERT,BOYD,M,1972-03-13,12 OAK STREET,23268,804-555-0134,\n"
            + "H2,ROBERT,BOYD,M,1972-03-13,12 OAK ST,23268,804-555-0134,\nH3,ROBERT,BOYD,M,,12 OAK STREET,23268,804-555-0134,\n";
    static final String REVIEW_RULE = "same name and address, birth date unknown, nothing personal agrees";

    @Test
    void linksHeldByAReviewRuleStayOutOfClustersAndGoToTheReviewsFile(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, HOUSEHOLD_HEADER + HOUSEHOLD);
        Path clusters = dir.resolve("clusters.csv");
        Path reviews = dir.resolve("reviews.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runWithStderr(err, "dedup", "--input", input.toString(), "--output", clusters.toString(),
                "--reviews", reviews.toString(), "--threads", "1");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Map<String, String> clusterOf = Files.readAllLines(clusters).stream().skip(1).map(l -> l.split(","))
                .collect(Collectors.toMap(c -> c[0], c -> c[1]));
        assertEquals("H1", clusterOf.get("H2"));
        assertEquals("H3", clusterOf.get("H3"), "held from H1 and H2, the record stays apart");
        List<String> held = Files.readAllLines(reviews);
        assertEquals("left_id,right_id,match_weight,match_probability,rule", held.get(0));
        assertEquals(List.of("H1,H3", "H2,H3"), held.subList(1, held.size()).stream()
                .map(l -> l.substring(0, l.indexOf(",", 3))).sorted().toList());
        assertTrue(held.subList(1, held.size()).stream().allMatch(l -> l.endsWith(",\"" + REVIEW_RULE + "\"")), held.toString());
        String summary = err.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("held for review: 2 links, 2 of them between records left apart")
                && summary.contains(REVIEW_RULE), summary);
    }

    static int runWithStderr(ByteArrayOutputStream err, String... args) {
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return MpiCommand.execute(args);
        } finally {
            System.setErr(original);
        }
    }
}
