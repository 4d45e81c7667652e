package io.primaryinterop.mpi.bench;

import io.primaryinterop.mpi.blocking.BlockingIndex;
import io.primaryinterop.mpi.blocking.BlockingOptions;
import io.primaryinterop.mpi.blocking.BlockingRuleSet;
import io.primaryinterop.mpi.blocking.BlockingTable;
import io.primaryinterop.mpi.blocking.OversizedBlock;
import io.primaryinterop.mpi.blocking.RulePairCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * Blocking throughput on a synthetic patient table: keys/s for building the index, pairs/s for walking
 * the candidate pairs (sequential and parallel), pair counts per rule, and pair completeness (share of
 * the planted duplicate pairs that the rules yield).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.primaryinterop.mpi.bench.BlockingBench [rows] [rules.json] [threads]
 * </pre>
 *
 * Names follow the US Census 1990 frequencies from {@code ../shared/datasets/names/census_1990_treyhunner}
 * (override with {@code -Dmpi.datasets=DIR}); without them, Zipf-distributed made-up names. A fifth of the
 * rows are noisy copies of another row (one typo or change each), which gives the planted true pairs.
 */
public final class BlockingBench {
  private static final String[] FIELDS = {"given_name", "family_name", "birth_date", "postal_code", "phone",
      "national_id", "address_line", "city", "state"};

  private BlockingBench() {
  }

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    BlockingRuleSet rules = args.length > 1 && !args[1].equals("default")
        ? BlockingRuleSet.read(Path.of(args[1])) : BlockingRuleSet.defaults();
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    Path datasets = Path.of(System.getProperty("mpi.datasets", "../shared/datasets"));

    long t0 = System.nanoTime();
    Synthetic data = Synthetic.generate(rows, datasets, new SplittableRandom(42));
    System.out.printf(Locale.ROOT, "table: %,d rows (%,d planted duplicate pairs), names from %s, region %s,"
            + " made in %.2f s%n", rows, data.truePairs.size(), data.nameSource,
        System.getProperty("bench.region", "national"), seconds(t0));
    System.out.printf(Locale.ROOT, "rules (%d), maxBlockSize %d, threads %d:%n", rules.rules().size(),
        rules.maxBlockSize(), threads);
    rules.rules().forEach(rule -> System.out.println("  " + rule.canonicalText()));

    for (int round = 1; round <= 4; round++) {
      if (round == 3) {
        data.encode();
      }
      long start = System.nanoTime();
      long cpu = cpuNanos();
      BlockingIndex index = rules.index(data, rules.dedupeOptions(), threads);
      double build = seconds(start);
      double buildCpu = (cpuNanos() - cpu) / 1e9;
      System.out.printf(Locale.ROOT, "round %d (%s): index built in %.2f s wall, %.2f s CPU = %,.0f keys/s wall,"
              + " %,.0f keys per CPU-second (%d rules x %,d rows)%n", round,
          data.codes == null ? "values, hashed" : "dictionary codes", build, buildCpu,
          rows * (double) rules.rules().size() / build, rows * (double) rules.rules().size() / buildCpu,
          rules.rules().size(), rows);
      if (round < 4) {
        continue;
      }
      start = System.nanoTime();
      List<RulePairCount> totals = index.pairTotals();
      System.out.printf(Locale.ROOT, "pair totals (cheap) in %.3f s%n", seconds(start));
      start = System.nanoTime();
      List<RulePairCount> counts = index.pairCounts();
      System.out.printf(Locale.ROOT, "pair counts (exact, %d threads) in %.2f s%n", threads, seconds(start));
      System.out.println("  rule | rows with key | blocks | largest | pairs | new pairs | oversized blocks (pairs)");
      for (RulePairCount c : counts) {
        System.out.printf(Locale.ROOT, "  %s | %,d | %,d | %,d | %,d | %,d | %d (%,d)%n", c.rule(), c.rowsWithKey(),
            c.blocks(), c.largestBlock(), c.pairs(), c.newPairs(), c.oversizedBlocks(), c.pairsInOversizedBlocks());
      }
      assert totals.size() == counts.size();
      for (OversizedBlock block : index.oversizedBlocks()) {
        System.out.printf(Locale.ROOT, "  oversized: rule %d, %,d rows, %s%n", block.ruleIndex(), block.size(),
            block.handling());
      }
      long candidates = index.candidatePairCount();

      long[] found = new long[1];
      long[] seen = new long[1];
      start = System.nanoTime();
      long walkCpu = cpuNanos();
      index.forEachPair((left, right, rule) -> {
        seen[0]++;
        if (data.truePairs.contains(((long) left << 32) | right)) {
          found[0]++;
        }
      });
      double sequential = seconds(start);
      System.out.printf(Locale.ROOT, "forEachPair: %,d pairs in %.2f s wall (%.2f s CPU) = %,.0f pairs/s"
          + " (sink: a hash-set probe)%n", seen[0], sequential, (cpuNanos() - walkCpu) / 1e9, seen[0] / sequential);
      System.out.printf(Locale.ROOT, "pair completeness: %,d of %,d planted pairs = %.4f; reduction ratio %.6f%n",
          found[0], data.truePairs.size(), found[0] / (double) data.truePairs.size(),
          1 - candidates / (rows * (rows - 1.0) / 2));

      AtomicLongArray perThread = new AtomicLongArray(threads);
      start = System.nanoTime();
      long parallelCpu = cpuNanos();
      index.forEachPairParallel(threads, thread -> new CountingSink(perThread, thread));
      double parallel = seconds(start);
      long total = 0;
      for (int t = 0; t < threads; t++) {
        total += perThread.get(t);
      }
      System.out.printf(Locale.ROOT, "forEachPairParallel(%d): %,d pairs in %.2f s wall (%.2f s CPU) = %,.0f pairs/s"
          + " (sink: a counter)%n", threads, total, parallel, (cpuNanos() - parallelCpu) / 1e9, total / parallel);
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Counts into a local field, published once per 1M pairs and at the end of each call stream. */
  private static final class CountingSink implements io.primaryinterop.mpi.blocking.PairSink {
    private final AtomicLongArray totals;
    private final int thread;

    CountingSink(AtomicLongArray totals, int thread) {
      this.totals = totals;
      this.thread = thread;
    }

    @Override
    public void accept(int left, int right, int ruleIndex) {
      totals.lazySet(thread, totals.get(thread) + 1);
    }
  }

  /** A columnar table of made-up, normalized patient values with planted duplicates. */
  static final class Synthetic implements BlockingTable {
    final String[][] columns = new String[FIELDS.length][];
    final LongHashSet truePairs = new LongHashSet();
    String nameSource;

    /** Dictionary codes per column when the table is run as dictionary-encoded; null otherwise. */
    int[][] codes;
    int[] dictionarySizes;

    @Override
    public int size() {
      return columns[0].length;
    }

    @Override
    public int[] codes(String field) {
      int f = column(field);
      return codes == null || f < 0 ? null : codes[f];
    }

    @Override
    public int dictionarySize(String field) {
      int f = column(field);
      return codes == null || f < 0 ? -1 : dictionarySizes[f];
    }

    private static int column(String field) {
      return switch (field) {
        case "given_name" -> 0;
        case "family_name" -> 1;
        case "birth_date", "dob" -> 2;
        case "postal_code" -> 3;
        case "phone" -> 4;
        case "national_id" -> 5;
        case "address_line" -> 6;
        case "city" -> 7;
        case "state" -> 8;
        default -> -1;
      };
    }

    /** Dictionary-encodes every column, as a patient table does when it is built. */
    void encode() {
      codes = new int[FIELDS.length][];
      dictionarySizes = new int[FIELDS.length];
      for (int f = 0; f < FIELDS.length; f++) {
        org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap<String> dictionary =
            new org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap<>();
        codes[f] = new int[size()];
        for (int row = 0; row < size(); row++) {
          String value = columns[f][row];
          codes[f][row] = value == null ? -1 : dictionary.getIfAbsentPut(value, dictionary.size());
        }
        dictionarySizes[f] = dictionary.size();
      }
    }

    @Override
    public String value(int row, String field) {
      return switch (field) {
        case "given_name" -> columns[0][row];
        case "family_name" -> columns[1][row];
        case "birth_date", "dob" -> columns[2][row];
        case "postal_code" -> columns[3][row];
        case "phone" -> columns[4][row];
        case "national_id" -> columns[5][row];
        case "address_line" -> columns[6][row];
        case "city" -> columns[7][row];
        case "state" -> columns[8][row];
        default -> null;
      };
    }

    static Synthetic generate(int rows, Path datasets, SplittableRandom random) throws IOException {
      Synthetic t = new Synthetic();
      for (int f = 0; f < FIELDS.length; f++) {
        t.columns[f] = new String[rows];
      }
      Path census = datasets.resolve("names/census_1990_treyhunner");
      Sampler given;
      Sampler family;
      if (Files.isDirectory(census)) {
        given = Sampler.census(List.of(census.resolve("dist.female.first"), census.resolve("dist.male.first")));
        family = Sampler.census(List.of(census.resolve("dist.all.last")));
        t.nameSource = "US Census 1990 frequencies";
      } else {
        given = Sampler.zipf(5_000, random);
        family = Sampler.zipf(80_000, random);
        t.nameSource = "Zipf made-up names (census files not found at " + census + ")";
      }
      String[] zips = new String[30_000];
      for (int i = 0; i < zips.length; i++) {
        zips[i] = String.format(Locale.ROOT, "%05d", 1000 + i * 3);
      }
      // Real ZIP populations vary by a factor of a few, not by Zipf's law: weights uniform in [0.5, 1.5).
      double[] zipWeights = new double[zips.length];
      double zipSum = 0;
      for (int i = 0; i < zips.length; i++) {
        zipSum += 0.5 + random.nextDouble();
        zipWeights[i] = zipSum;
      }
      Sampler zip = new Sampler(zips, zipWeights);
      // Every 8 ZIPs share a made-up city, every 600 a state: enough structure for address rules.
      // -Dbench.region=single: a regional registry instead, one state, 5 cities (the hard case for
      // rules that lean on city or state).
      boolean regional = "single".equals(System.getProperty("bench.region"));
      java.util.Map<String, String[]> places = new java.util.HashMap<>();
      for (int i = 0; i < zips.length; i++) {
        places.put(zips[i], regional ? new String[] {"CITY " + (i % 5), "S0"}
            : new String[] {"CITY " + family.values()[i / 8 % family.values().length], "S" + (i / 600)});
      }
      String[] dates = new String[365 * 90];
      java.time.LocalDate first = java.time.LocalDate.of(1930, 1, 1);
      for (int d = 0; d < dates.length; d++) {
        dates[d] = first.plusDays(d).toString();
      }
      int originals = rows - rows / 5;
      for (int row = 0; row < originals; row++) {
        t.columns[0][row] = given.sample(random);
        t.columns[1][row] = family.sample(random);
        t.columns[2][row] = dates[random.nextInt(dates.length)];
        t.columns[3][row] = zip.sample(random);
        t.columns[6][row] = (1 + (int) (Math.pow(random.nextDouble(), 2) * 3000)) + " " + family.sample(random) + " ST";
        t.columns[7][row] = places.get(t.columns[3][row])[0];
        t.columns[8][row] = places.get(t.columns[3][row])[1];
        t.columns[4][row] = random.nextDouble() < 0.7 ? String.valueOf(2_000_000_000L + random.nextLong(7_000_000_000L))
            : null;
        t.columns[5][row] = random.nextDouble() < 0.6 ? String.valueOf(100_000_000 + random.nextInt(800_000_000)) : null;
      }
      for (int row = originals; row < rows; row++) {
        int of = random.nextInt(originals);
        for (int f = 0; f < FIELDS.length; f++) {
          t.columns[f][row] = t.columns[f][of];
        }
        t.truePairs.add(((long) of << 32) | row);
        switch (random.nextInt(6)) {
          case 0 -> t.columns[0][row] = typo(t.columns[0][row], random);
          case 1 -> t.columns[1][row] = typo(t.columns[1][row], random);
          case 2 -> t.columns[2][row] = dates[random.nextInt(dates.length)];
          case 3 -> { // moved house
            t.columns[3][row] = zip.sample(random);
            t.columns[6][row] = (1 + random.nextInt(3000)) + " " + family.sample(random) + " ST";
            t.columns[7][row] = places.get(t.columns[3][row])[0];
            t.columns[8][row] = places.get(t.columns[3][row])[1];
          }
          case 4 -> t.columns[1][row] = family.sample(random); // a new family name
          default -> t.columns[4][row] = null;
        }
        if (random.nextDouble() < 0.5) {
          t.columns[5][row] = null; // identifiers are often missing on the second record
        }
      }
      return t;
    }

    private static String typo(String value, SplittableRandom random) {
      if (value.length() < 2) {
        return value;
      }
      char[] chars = value.toCharArray();
      int at = random.nextInt(chars.length);
      chars[at] = (char) ('A' + random.nextInt(26));
      return new String(chars);
    }
  }

  /** Draws values by cumulative weight. */
  record Sampler(String[] values, double[] cumulative) {
    String sample(SplittableRandom random) {
      double u = random.nextDouble() * cumulative[cumulative.length - 1];
      int i = java.util.Arrays.binarySearch(cumulative, u);
      return values[i >= 0 ? i : -i - 1];
    }

    static Sampler census(List<Path> files) throws IOException {
      List<String> names = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (Path file : files) {
        for (String line : Files.readAllLines(file)) {
          String[] parts = line.trim().split("\\s+");
          if (parts.length >= 2) {
            names.add(parts[0].intern());
            weights.add(Math.max(Double.parseDouble(parts[1]), 0.0005));
          }
        }
      }
      double[] cumulative = new double[names.size()];
      double sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += weights.get(i);
        cumulative[i] = sum;
      }
      return new Sampler(names.toArray(String[]::new), cumulative);
    }

    static Sampler zipf(int count, SplittableRandom random) {
      String[] values = new String[count];
      for (int i = 0; i < count; i++) {
        StringBuilder s = new StringBuilder();
        int length = 4 + random.nextInt(5);
        for (int c = 0; c < length; c++) {
          s.append((char) ('A' + random.nextInt(26)));
        }
        values[i] = s.toString();
      }
      return zipfOver(values);
    }

    static Sampler zipfOver(String[] values) {
      double[] cumulative = new double[values.length];
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        sum += 1.0 / (i + 1);
        cumulative[i] = sum;
      }
      return new Sampler(values, cumulative);
    }
  }
}
