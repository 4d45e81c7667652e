package io.primaryinterop.mpi.service.cli;

import io.primaryinterop.mpi.datasets.evaluation.Evaluation;
import io.primaryinterop.mpi.datasets.evaluation.EvaluationReport;
import io.primaryinterop.mpi.datasets.evaluation.HtmlReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: judges clusters (and scored pairs) against the truth; optional self-contained HTML report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Judges a result against the truth: pairwise precision, recall, F1, B-cubed, cluster sizes;",
                "from scored pairs a threshold sweep and the largest false positives and negatives;",
                "hard-negative pairs linked (twins, junior/senior, ...) when --hard-negatives is given."})
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--truth", required = true, description = "record_id,person_id")
    Path truth;

    @Option(names = "--clusters", required = true, description = "record_id,cluster_id")
    Path clusters;

    @Option(names = "--pairs", description = "scored pairs: left_id,right_id,match_weight,match_probability")
    Path pairs;

    @Option(names = "--records", description = "the records (canonical CSV), to show field values beside the errors")
    Path records;

    @Option(names = "--hard-negatives", description = "left_person_id,right_person_id,kind (from generate)")
    Path hardNegatives;

    @Option(names = "--report", description = "write a self-contained HTML report here")
    Path report;

    @Option(names = "--examples", defaultValue = "20", description = "false positives/negatives to list (default ${DEFAULT-VALUE})")
    int examples;

    @Option(names = "--title", description = "report title")
    String title;

    @Override
    public Integer call() {
        try {
            Path hard = hardNegatives;
            if (hard == null && truth.getParent() != null
                    && java.nio.file.Files.isRegularFile(truth.resolveSibling("hard_negatives.csv"))) {
                hard = truth.resolveSibling("hard_negatives.csv"); // beside a generated truth.csv
            }
            Evaluation evaluation = new Evaluation(truth, clusters, pairs, records, hard, examples);
            EvaluationReport result = evaluation.run(title != null ? title : "Evaluation of " + clusters.getFileName());
            System.out.print(result.toText());
            if (report != null) {
                HtmlReport.write(result, report);
                System.out.println("report written to " + report);
            }
            return 0;
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            System.err.println("evaluate: " + e.getMessage());
            return 1;
        }
    }
}
