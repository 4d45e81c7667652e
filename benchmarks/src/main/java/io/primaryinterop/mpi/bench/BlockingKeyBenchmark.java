package io.primaryinterop.mpi.bench;

import io.primaryinterop.mpi.blocking.BlockingRuleSet;
import io.primaryinterop.mpi.blocking.FieldValues;
import io.primaryinterop.mpi.blocking.RuleKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ingest path of the key index: one record's keys under the default rule set (12 rules, key
 * strings built), records per second on one thread. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar BlockingKey -f 1 -wi 2 -i 3}.
 * The batch engine has its own command: {@link BlockingBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class BlockingKeyBenchmark {
  private static final int RECORDS = 1024;
  private static final String[] GIVEN = {"ROBERT", "MARY ANN", "JOSE", "CATHERINE", "LI", "MOHAMMED", "OLIVIA"};
  private static final String[] FAMILY = {"SMITH", "O BRIEN", "NGUYEN", "VAN DER BERG", "GARCIA", "SCHMIDT"};

  private final BlockingRuleSet rules = BlockingRuleSet.defaults();
  private final FieldValues[] records = records(new SplittableRandom(42));

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int defaultRuleSetKeys() {
    int keys = 0;
    for (FieldValues record : records) {
      List<RuleKey> recordKeys = rules.keys(record);
      keys += recordKeys.size();
    }
    return keys;
  }

  private static FieldValues[] records(SplittableRandom random) {
    FieldValues[] records = new FieldValues[RECORDS];
    for (int i = 0; i < RECORDS; i++) {
      Map<String, String> values = new HashMap<>();
      values.put("given_name", GIVEN[random.nextInt(GIVEN.length)]);
      values.put("family_name", FAMILY[random.nextInt(FAMILY.length)]);
      values.put("birth_date", String.format("%d-%02d-%02d", 1930 + random.nextInt(90), 1 + random.nextInt(12),
          1 + random.nextInt(28)));
      values.put("postal_code", String.format("%05d", random.nextInt(99_999)));
      values.put("address_line", (1 + random.nextInt(999)) + " MAIN ST");
      values.put("city", "RICHMOND");
      values.put("state", "VA");
      if (random.nextBoolean()) {
        values.put("national_id", String.valueOf(100_000_000 + random.nextInt(800_000_000)));
      }
      if (random.nextBoolean()) {
        values.put("phone", String.valueOf(2_000_000_000L + random.nextLong(7_000_000_000L)));
      }
      records[i] = values::get;
    }
    return records;
  }
}
