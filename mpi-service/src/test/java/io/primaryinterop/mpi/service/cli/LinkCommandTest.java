package io.primaryinterop.mpi.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {

    @Test
    void linksOnlyAcrossTheFilesAndOneToOneKeepsOneLinkPerRecord(@TempDir Path dir) throws Exception {
        String all = DedupCommandTest.records();
        String[] lines = all.split("\n");
        StringBuilder left = new StringBuilder(lines[0]).append('\n');
        StringBuilder right = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            (lines[i].startsWith("D") ? right : left).append(lines[i]).append('\n');
        }
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, left);
        Files.writeString(b, right);
        Path links = dir.resolve("links.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DedupCommandTest.runWithStderr(err, "link", "--left", a.toString(), "--right", b.toString(),
                "--output", links.toString(), "--train", "--one-to-one", "--threads", "2");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> rows = Files.readAllLines(links);
        assertEquals("left_id,right_id,match_weight,match_probability", rows.get(0));
        Set<String> seen = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            assertTrue(cells[0].startsWith("R") && cells[1].startsWith("D"), row);
            assertTrue(seen.add(cells[0]) && seen.add(cells[1]), "one-to-one broken at " + row);
            assertEquals(cells[0].substring(1), cells[1].substring(1), row);
        }
        assertEquals(50, rows.size() - 1);
    }

    @Test
    void linksHeldByAReviewRuleAreNotWrittenButGoToTheReviewsFile(@TempDir Path dir) throws Exception {
        String header = DedupCommandTest.HOUSEHOLD_HEADER;
        String[] household = DedupCommandTest.HOUSEHOLD.split("\n");
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, header + household[0] + "\n");
        Files.writeString(b, header + household[1] + "\n" + household[2] + "\n");
        Path links = dir.resolve("links.csv");
        Path reviews = dir.resolve("reviews.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DedupCommandTest.runWithStderr(err, "link", "--left", a.toString(), "--right", b.toString(),
                "--output", links.toString(), "--reviews", reviews.toString(), "--one-to-one", "--threads", "1");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> linked = Files.readAllLines(links);
        assertEquals(2, linked.size(), linked.toString());
        assertTrue(linked.get(1).startsWith("H1,H2,"), linked.toString());
        List<String> held = Files.readAllLines(reviews);
        assertEquals(2, held.size(), held.toString());
        assertTrue(held.get(1).startsWith("H1,H3,") && held.get(1).endsWith(",\"" + DedupCommandTest.REVIEW_RULE + "\""),
                held.toString());
    }
}
