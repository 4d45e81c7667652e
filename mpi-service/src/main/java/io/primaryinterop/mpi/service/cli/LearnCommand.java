package io.primaryinterop.mpi.service.cli;

import io.micronaut.context.ApplicationContext;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.model.Thresholds;
import io.primaryinterop.mpi.service.engine.ModelMatchEngine;
import io.primaryinterop.mpi.service.learn.LabelEvaluation;
import io.primaryinterop.mpi.service.learn.LabelledEstimates;
import io.primaryinterop.mpi.service.learn.LabelledPair;
import io.primaryinterop.mpi.service.learn.StewardLabels;
import io.primaryinterop.mpi.service.store.RecordRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code learn}: stewards' decisions as labels. Reads MATCH pairs (MANUAL links) and NO_MATCH pairs (review
 * decisions) from the store, re-estimates m/u from them blended with the model's estimates, writes the new
 * model and reports precision and recall of the current and the new model on held-out labels at the
 * model's auto-link and review thresholds. Nothing in the store changes; activate the new version through
 * the admin API (dry-run first).
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Re-estimates m/u from stewards' decisions in the store and writes a new model version; "
                + "reports precision and recall before and after on held-out labels."})
public final class LearnCommand implements Callable<Integer> {

    @Option(names = "--db-url", description = "JDBC URL of the store (default: the service's configuration, MPI_DB_URL)")
    String dbUrl;

    @Option(names = "--db-user", description = "database user (default: configuration)")
    String dbUser;

    @Option(names = "--db-password", description = "database password (default: configuration)")
    String dbPassword;

    @Option(names = "--model", description = "the current model JSON (default: the bundled model)")
    Path model;

    @Option(names = "--out", required = true, description = "where to write the new model JSON")
    Path out;

    @Option(names = "--version", description = "version name of the new model (default: <current>-learned)")
    String version;

    @Option(names = "--match-prior", defaultValue = "50", description = "how many labelled matches the current m is worth; default ${DEFAULT-VALUE}")
    double matchPrior;

    @Option(names = "--non-match-prior", defaultValue = "1000",
            description = "how many labelled non-matches the current u is worth (labelled ones are hard cases, not a random sample); default ${DEFAULT-VALUE}")
    double nonMatchPrior;

    @Option(names = "--holdout", defaultValue = "0.3", description = "share of labels kept out of training for the report; default ${DEFAULT-VALUE}")
    double holdout;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the held-out split; default ${DEFAULT-VALUE}")
    long seed;

    @Override
    public Integer call() {
        if (!(holdout >= 0 && holdout < 1)) {
            System.err.println("learn: --holdout must be in [0,1): " + holdout);
            return 2;
        }
        ModelSpec current = model == null ? ModelSpec.defaultPatientModel() : ModelSpec.read(model);
        List<LabelledPair> labels;
        try (ApplicationContext context = ApplicationContext.run(databaseProperties())) {
            labels = new StewardLabels(context.getBean(RecordRepository.class)).read(context.getBean(DSLContext.class));
        }
        long matches = labels.stream().filter(LabelledPair::match).count();
        System.out.printf("labels: %d pairs, %d MATCH (manual links), %d NO_MATCH (review decisions)%n",
                labels.size(), matches, labels.size() - matches);
        if (labels.isEmpty()) {
            System.err.println("learn: no steward decisions in the store; nothing to learn from");
            return 1;
        }
        List<LabelledPair> train = new ArrayList<>();
        List<LabelledPair> test = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (LabelledPair pair : labels) {
            (random.nextDouble() < holdout ? test : train).add(pair);
        }
        LabelledEstimates estimates = new LabelledEstimates(matchPrior, nonMatchPrior);
        String name = version != null ? version : current.version() + "-learned";
        ModelSpec trained = learn(current, train, estimates);
        List<LabelledPair> judged = test.isEmpty() ? train : test;
        System.out.printf("report on %d %s labels (%d MATCH)%n", judged.size(), test.isEmpty() ? "training (no hold-out)" : "held-out",
                judged.stream().filter(LabelledPair::match).count());
        Thresholds t = current.thresholds();
        report("current " + current.version(), current, judged, t);
        report("learned (" + train.size() + " training labels)", trained, judged, t);
        ModelSpec all = learn(current, labels, estimates);
        all.withTrainingReport(name, all.trainingReport()).write(out);
        System.out.printf("wrote %s (version %s, from all %d labels); register it with POST /api/v1/models and "
                + "dry-run POST /api/v1/models/%s/activate?dryRun=true before activating%n", out, name, labels.size(), name);
        return 0;
    }

    private static ModelSpec learn(ModelSpec current, List<LabelledPair> pairs, LabelledEstimates estimates) {
        ModelMatchEngine engine = new ModelMatchEngine(current.compile());
        List<int[]> levels = new ArrayList<>(pairs.size());
        List<Boolean> match = new ArrayList<>(pairs.size());
        for (LabelledPair pair : pairs) {
            levels.add(engine.levels(engine.prepare(pair.left()), engine.prepare(pair.right())));
            match.add(pair.match());
        }
        return estimates.apply(current, levels, match);
    }

    private static void report(String what, ModelSpec spec, List<LabelledPair> pairs, Thresholds t) {
        ModelMatchEngine engine = new ModelMatchEngine(spec.compile());
        for (double threshold : new double[] {t.matchProbability(), t.reviewProbability()}) {
            LabelEvaluation e = LabelEvaluation.of(engine, pairs, threshold);
            System.out.printf("  %-40s p >= %-8s precision %.4f recall %.4f (TP %d FP %d FN %d TN %d)%n", what,
                    threshold == t.matchProbability() ? threshold + " auto" : threshold + " review", e.precision(),
                    e.recall(), e.truePositives(), e.falsePositives(), e.falseNegatives(), e.trueNegatives());
        }
    }

    private Map<String, Object> databaseProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("mpi.mllp.enabled", false); // a command reads the store; it listens to nothing
        if (dbUrl != null) {
            properties.put("datasources.default.url", dbUrl);
        }
        if (dbUser != null) {
            properties.put("datasources.default.username", dbUser);
        }
        if (dbPassword != null) {
            properties.put("datasources.default.password", dbPassword);
        }
        return properties;
    }
}
