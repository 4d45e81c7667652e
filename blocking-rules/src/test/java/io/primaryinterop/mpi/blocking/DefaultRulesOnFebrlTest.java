package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards the default rule set's recall on the public FEBRL data (read from {@code ../shared/datasets}
 * or {@code -Dmpi.datasets=DIR}; skipped with a message where absent). Values are normalized the
 * simple way FEBRL's lower-case ASCII needs; figures in docs/blocking-rules.md.
 */
class DefaultRulesOnFebrlTest {
  private static final java.util.regex.Pattern NOT_NAME = java.util.regex.Pattern.compile("[^A-Z0-9]+");
  private static final java.util.regex.Pattern NOT_DIGIT = java.util.regex.Pattern.compile("[^0-9]+");
  @ParameterizedTest(name = "{0}: pair completeness >= {1}, candidates <= {2} per record")
  @CsvSource({
      "febrl/dataset3.csv, 0.98, 2.0",
      "febrl/dataset2.csv, 0.98, 2.0",
      "febrl-dsgen/dedup-dsgen/dataset_C_10000.csv, 0.89, 2.0"})
  void defaultRulesFindTheTruePairsAtFewCandidates(String file, double minCompleteness, double maxPerRecord)
      throws IOException {
    Path path = datasets().resolve(file);
    Assumptions.assumeTrue(Files.isRegularFile(path), () -> "FEBRL data not found at " + path
        + " (set -Dmpi.datasets=DIR): skipped");
    List<Map<String, String>> rows = new ArrayList<>();
    LongHashSet truePairs = read(path, rows);
    BlockingRuleSet rules = BlockingRuleSet.defaults();
    BlockingIndex index = rules.index(new MapTable(rows), rules.dedupeOptions(), 2);
    long[] found = new long[1];
    index.forEachPair((left, right, rule) -> {
      if (truePairs.contains(((long) left << 32) | right)) {
        found[0]++;
      }
    });
    double completeness = found[0] / (double) truePairs.size();
    long candidates = index.candidatePairCount();
    assertTrue(completeness >= minCompleteness, () -> file + ": pair completeness " + completeness);
    assertTrue(candidates <= maxPerRecord * rows.size(), () -> file + ": " + candidates + " candidate pairs");
  }

  private static Path datasets() {
    String configured = System.getProperty("mpi.datasets", System.getenv("MPI_DATASETS"));
    if (configured != null) {
      return Path.of(configured);
    }
    return Stream.of("../shared/datasets", "../../shared/datasets").map(Path::of).filter(Files::isDirectory)
        .findFirst().orElse(Path.of("../shared/datasets"));
  }

  /** Rows in the canonical fields, and the true pairs (same entity: rec-N-... or dsgen id / 10). */
  private static LongHashSet read(Path file, List<Map<String, String>> rows) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> header = Arrays.stream(lines.get(0).split(",")).map(String::trim).toList();
    Map<String, List<Integer>> entities = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> raw = new HashMap<>();
      for (int i = 0; i < header.size() && i < cells.length; i++) {
        raw.put(header.get(i), cells[i].trim());
      }
      Map<String, String> row = new HashMap<>();
      row.put("given_name", upper(raw.get("given_name")));
      row.put("family_name", upper(raw.get("surname")));
      row.put("city", upper(raw.get("suburb")));
      row.put("state", upper(raw.get("state")));
      row.put("address_line", upper(raw.getOrDefault("street_number", "") + " " + raw.getOrDefault("address_1", "")));
      row.put("postal_code", digits(raw.get("postcode")));
      row.put("national_id", digits(raw.get("soc_sec_id")));
      row.put("phone", digits(raw.get("phone_number")));
      String dob = digits(raw.get("date_of_birth"));
      row.put("birth_date", dob == null || dob.length() != 8 ? null
          : dob.substring(0, 4) + "-" + dob.substring(4, 6) + "-" + dob.substring(6));
      String id = raw.get("rec_id");
      String entity = id.startsWith("rec-") ? id.split("-")[1] : String.valueOf(Long.parseLong(id) / 10);
      entities.computeIfAbsent(entity, k -> new ArrayList<>()).add(rows.size());
      rows.add(row);
    }
    LongHashSet pairs = new LongHashSet();
    for (List<Integer> members : entities.values()) {
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          pairs.add(((long) members.get(a) << 32) | members.get(b));
        }
      }
    }
    return pairs;
  }

  private static String upper(String value) {
    if (value == null) {
      return null;
    }
    String cleaned = NOT_NAME.matcher(value.toUpperCase(Locale.ROOT)).replaceAll(" ").trim();
    return cleaned.isEmpty() ? null : cleaned;
  }

  private static String digits(String value) {
    String d = value == null ? "" : NOT_DIGIT.matcher(value).replaceAll("");
    return d.isEmpty() ? null : d;
  }
}
