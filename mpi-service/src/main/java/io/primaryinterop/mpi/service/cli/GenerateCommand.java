package io.primaryinterop.mpi.service.cli;

import io.primaryinterop.mpi.datasets.generator.DatasetGeneration;
import io.primaryinterop.mpi.datasets.generator.GeneratorConfig;
import io.primaryinterop.mpi.datasets.generator.GeneratorTables;
import io.primaryinterop.mpi.datasets.generator.Profile;
import io.primaryinterop.mpi.datasets.generator.SourceStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: a synthetic patient data set with ground truth (records.csv, truth.csv, hard_negatives.csv). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates synthetic patient records with known truth into a directory:",
                "records.csv (canonical patient CSV), truth.csv (record_id,person_id),",
                "hard_negatives.csv (left_person_id,right_person_id,kind). Same seed, same bytes."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--persons", required = true, description = "number of distinct persons")
    long persons;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--profile", defaultValue = "typical", description = "clean, typical or hard (default ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Option(names = "--tables", description = "directory with richer public tables (layout of ../shared/datasets)")
    Path tables;

    @Option(names = "--duplicate-share", description = "share of persons with more than one record")
    Double duplicateShare;

    @Option(names = "--max-records-per-person", description = "longest duplicate tail (2..1000)")
    Integer maxRecordsPerPerson;

    @Option(names = "--threads", description = "generator threads (default: all processors; the output does not depend on it)")
    Integer threads;

    @Option(names = "--rate", description = "a corruption rate, e.g. --rate keyboard_typo=0.1 (repeatable)")
    Map<String, Double> rates = Map.of();

    @Override
    public Integer call() {
        try {
            Profile chosen = Profile.byName(profile);
            if (duplicateShare != null) {
                chosen = chosen.withDuplicateShare(duplicateShare);
            }
            if (maxRecordsPerPerson != null) {
                chosen = chosen.withMaxRecordsPerPerson(maxRecordsPerPerson);
            }
            for (Map.Entry<String, Double> rate : rates.entrySet()) {
                chosen = chosen.withCorruptionRate(rate.getKey(), rate.getValue());
            }
            GeneratorTables valueTables = tables == null ? GeneratorTables.builtIn() : GeneratorTables.load(tables);
            GeneratorConfig config = new GeneratorConfig(persons, chosen, valueTables, SourceStyle.standard());
            DatasetGeneration.Result result = DatasetGeneration.generate(config, seed, out,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors());
            var summary = result.summary();
            System.out.printf(Locale.ROOT, "generated %,d persons, %,d records, %,d true pairs into %s%n",
                    summary.persons(), summary.records(), summary.truePairs(), out);
            System.out.printf(Locale.ROOT, "hard negatives: %s%n", summary.hardNegatives());
            if (tables != null) {
                valueTables.origins().forEach(o -> System.out.println("table " + o));
            }
            System.out.printf(Locale.ROOT, "%.2f s, %,.0f records/s%n", result.seconds(), result.recordsPerSecond());
            return 0;
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            System.err.println("generate: " + e.getMessage());
            return 1;
        }
    }
}
