package io.primaryinterop.mpi.bench;

import io.primaryinterop.mpi.blocking.BlockingIndex;
import io.primaryinterop.mpi.blocking.BlockingRuleSet;
import io.primaryinterop.mpi.blocking.BlockingTable;
import io.primaryinterop.mpi.blocking.RulePairCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * Pair completeness of blocking rule sets on a FEBRL file (benchmark sets or dsgen output): how many of
 * the true duplicate pairs the rules yield, at how many candidate pairs, and what each rule adds.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.primaryinterop.mpi.bench.BlockingRecall FILE.csv [RULES ...]
 * </pre>
 *
 * RULES is {@code default}, a rule-set JSON file, or rules separated by {@code " | "}. Values are
 * normalized here the simple way (upper case, dates to yyyy-MM-dd, identifiers to digits), enough for
 * FEBRL's lower-case ASCII; the project's normalizer is not needed to compare rule sets.
 */
public final class BlockingRecall {
  private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

  private BlockingRecall() {
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Febrl table = Febrl.read(file);
    System.out.printf(Locale.ROOT, "%s: %,d records, %,d true pairs%n", file.getFileName(), table.size(),
        table.truePairs.size());
    List<String> specs = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("default");
    for (String spec : specs) {
      BlockingRuleSet rules = spec.equals("default") ? BlockingRuleSet.defaults()
          : spec.endsWith(".json") ? BlockingRuleSet.read(Path.of(spec)) : BlockingRuleSet.of(List.of(spec.split(" \\| ")));
      BlockingIndex index = rules.index(table, rules.dedupeOptions());
      long[] truePerRule = new long[rules.rules().size()];
      index.forEachPair((left, right, rule) -> {
        if (table.truePairs.contains(((long) left << 32) | right)) {
          truePerRule[rule]++;
        }
      });
      long found = Arrays.stream(truePerRule).sum();
      long candidates = index.candidatePairCount();
      System.out.printf(Locale.ROOT, "%n%s: %,d candidate pairs, pair completeness %.4f (%,d of %,d), "
              + "pairs quality %.4f%n", spec, candidates, found / (double) table.truePairs.size(), found,
          table.truePairs.size(), found / (double) Math.max(1, candidates));
      List<RulePairCount> counts = index.pairCounts();
      for (int rule = 0; rule < counts.size(); rule++) {
        RulePairCount c = counts.get(rule);
        System.out.printf(Locale.ROOT, "  %-70s pairs %,9d  new %,9d  new true %,6d%n", c.rule(), c.pairs(),
            c.newPairs(), truePerRule[rule]);
      }
      index.oversizedBlocks().forEach(b -> System.out.printf(Locale.ROOT, "  oversized: rule %d, %,d rows%n",
          b.ruleIndex(), b.size()));
    }
  }

  /** A FEBRL file as a blocking table, with its true pairs. */
  static final class Febrl implements BlockingTable {
    final List<Map<String, String>> rows = new ArrayList<>();
    final LongHashSet truePairs = new LongHashSet();

    @Override
    public int size() {
      return rows.size();
    }

    @Override
    public String value(int row, String field) {
      return rows.get(row).get("dob".equals(field) ? "birth_date" : field);
    }

    static Febrl read(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file);
      List<String> header = Arrays.stream(lines.get(0).split(",")).map(String::trim).toList();
      Febrl table = new Febrl();
      Map<String, List<Integer>> entities = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        Map<String, String> raw = new HashMap<>();
        for (int i = 0; i < header.size() && i < cells.length; i++) {
          raw.put(header.get(i), cells[i].trim());
        }
        Map<String, String> row = new HashMap<>();
        row.put("given_name", name(raw.get("given_name")));
        row.put("family_name", name(raw.get("surname")));
        row.put("birth_date", date(raw.get("date_of_birth")));
        row.put("postal_code", digits(raw.get("postcode")));
        row.put("national_id", digits(raw.get("soc_sec_id")));
        row.put("phone", digits(raw.get("phone_number")));
        row.put("city", name(raw.get("suburb")));
        row.put("state", name(raw.get("state")));
        String street = String.join(" ", nonNull(raw.get("street_number")), nonNull(raw.get("address_1")),
            nonNull(raw.get("address_2"))).trim();
        row.put("address_line", name(street));
        int index = table.rows.size();
        table.rows.add(row);
        entities.computeIfAbsent(entity(raw.get("rec_id")), k -> new ArrayList<>()).add(index);
      }
      for (List<Integer> members : entities.values()) {
        for (int a = 0; a < members.size(); a++) {
          for (int b = a + 1; b < members.size(); b++) {
            int left = Math.min(members.get(a), members.get(b));
            int right = Math.max(members.get(a), members.get(b));
            table.truePairs.add(((long) left << 32) | right);
          }
        }
      }
      return table;
    }

    /** {@code rec-N-org} / {@code rec-N-dup-k} -> N; dsgen's numeric ids -> id / 10. */
    private static String entity(String recId) {
      if (recId.startsWith("rec-")) {
        return recId.split("-")[1];
      }
      return String.valueOf(Long.parseLong(recId) / 10);
    }

    private static String nonNull(String s) {
      return s == null ? "" : s;
    }

    private static String name(String s) {
      if (s == null) {
        return null;
      }
      String cleaned = s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " ").replaceAll(" +", " ").trim();
      return cleaned.isEmpty() ? null : cleaned;
    }

    private static String digits(String s) {
      if (s == null) {
        return null;
      }
      String d = s.replaceAll("[^0-9]", "");
      return d.isEmpty() ? null : d;
    }

    private static String date(String s) {
      if (s == null || s.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(s.trim(), YMD).toString();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }
}
