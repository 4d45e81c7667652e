package io.primaryinterop.mpi.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.primaryinterop.mpi.blocking.BlockingRule;
import io.primaryinterop.mpi.core.compare.Comparison;
import io.primaryinterop.mpi.core.training.GammaPattern;
import io.primaryinterop.mpi.core.training.TrainingReport;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Fellegi-Sunter model as data: what the JSON model file says (see docs/model-and-training.md). The
 * engine that scores pairs is {@link #compile() compiled} from it.
 *
 * @param version the model's own version or id, e.g. {@code default-patient-1}
 * @param lambda the prior: P(match) for two records drawn at random
 * @param comparisons the comparisons, each with its ordered levels and their m and u
 * @param blockingRules the rules that make candidate pairs for prediction (batch and ingest)
 * @param thresholds link, review and cannot-link thresholds
 * @param trainingBlockingRules one EM session per rule
 * @param termFrequency how term-frequency adjustment is applied on flagged levels
 * @param description free text
 * @param trainingReport what the last training found; {@code null} for a hand-set model
 * @param formatVersion the file format's version, {@value #FORMAT_VERSION}
 * @param cannotLinkRules explicit conditions under which two records are never linked (may be absent: none)
 * @param reviewRules conditions under which a pair is never linked automatically but goes to review (may be
 *                    absent: none)
 */
@JsonPropertyOrder({"formatVersion", "version", "description", "lambda", "thresholds", "termFrequency",
        "blockingRules", "trainingBlockingRules", "cannotLinkRules", "reviewRules", "comparisons", "trainingReport"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelSpec(String version, double lambda, List<Comparison> comparisons, List<String> blockingRules,
                        Thresholds thresholds, List<String> trainingBlockingRules,
                        TermFrequencySettings termFrequency, String description, TrainingReport trainingReport,
                        int formatVersion, List<PatternRule> cannotLinkRules,
                        List<PatternRule> reviewRules) {

    /** The model file format this code reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public ModelSpec {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("model format version " + formatVersion + " is not supported (this "
                    + "build reads version " + FORMAT_VERSION + ")");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a model needs a version");
        }
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("model " + version + ": lambda must be in (0,1): " + lambda);
        }
        if (comparisons == null || comparisons.isEmpty()) {
            throw new IllegalArgumentException("model " + version + ": needs at least one comparison");
        }
        if (comparisons.size() > GammaPattern.MAX_COMPARISONS) {
            throw new IllegalArgumentException("model " + version + ": at most " + GammaPattern.MAX_COMPARISONS
                    + " comparisons, got " + comparisons.size());
        }
        Set<String> names = new HashSet<>();
        for (Comparison comparison : comparisons) {
            if (!names.add(comparison.name())) {
                throw new IllegalArgumentException("model " + version + ": comparison '" + comparison.name()
                        + "' appears twice");
            }
            if (comparison.levelCount() > GammaPattern.MAX_LEVELS) {
                throw new IllegalArgumentException("model " + version + ": comparison '" + comparison.name()
                        + "' has " + comparison.levelCount() + " levels, at most " + GammaPattern.MAX_LEVELS);
            }
        }
        comparisons = List.copyOf(comparisons);
        blockingRules = checkRules(version, "blockingRules", blockingRules == null ? List.of() : blockingRules);
        trainingBlockingRules = checkRules(version, "trainingBlockingRules",
                trainingBlockingRules == null ? List.of() : trainingBlockingRules);
        if (blockingRules.isEmpty()) {
            throw new IllegalArgumentException("model " + version + ": needs at least one blocking rule");
        }
        thresholds = thresholds == null ? Thresholds.defaults() : thresholds;
        termFrequency = termFrequency == null ? TermFrequencySettings.defaults() : termFrequency;
        cannotLinkRules = checkPatternRules(version, "cannot-link", comparisons, cannotLinkRules);
        reviewRules = checkPatternRules(version, "review", comparisons, reviewRules);
    }

    /** Every rule must name comparisons of the model and their levels; labels are unique within a list. */
    private static List<PatternRule> checkPatternRules(String version, String kind, List<Comparison> comparisons,
                                                       List<PatternRule> rules) {
        if (rules == null) {
            return List.of();
        }
        Set<String> labels = new HashSet<>();
        for (PatternRule rule : rules) {
            if (rule == null) {
                throw new IllegalArgumentException("model " + version + ": a " + kind + " rule is null");
            }
            if (!labels.add(rule.label())) {
                throw new IllegalArgumentException("model " + version + ": " + kind + " rule '" + rule.label()
                        + "' appears twice");
            }
            String where = "model " + version + ": " + kind + " rule '" + rule.label() + "'";
            checkLevels(where, comparisons, rule.levels());
            if (!rule.linkExplains().isEmpty() && !kind.equals("cannot-link")) {
                throw new IllegalArgumentException(where + ": only a cannot-link rule has linkExplains");
            }
            for (Map<String, List<String>> condition : rule.linkExplains()) {
                checkLevels(where + " linkExplains", comparisons, condition);
            }
        }
        return List.copyOf(rules);
    }

    private static void checkLevels(String where, List<Comparison> comparisons, Map<String, List<String>> levels) {
        levels.forEach((name, levelLabels) -> {
            Comparison comparison = comparisons.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(where + " names an unknown comparison '" + name + "'"));
            for (String label : levelLabels) {
                if (comparison.levelIndex(label) < 0) {
                    throw new IllegalArgumentException(where + ": comparison '" + name + "' has no level '" + label + "'");
                }
            }
        });
    }

    private static List<String> checkRules(String version, String what, List<String> rules) {
        for (int i = 0; i < rules.size(); i++) {
            try {
                BlockingRule.parse(rules.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("model " + version + ": " + what + "[" + i + "]: " + e.getMessage(), e);
            }
        }
        return List.copyOf(rules);
    }

    /** Reads a model file; errors name the file and, for JSON errors, line and column. */
    public static ModelSpec read(Path file) {
        return ModelJson.read(file);
    }

    /** Parses a model document. */
    public static ModelSpec fromJson(String json) {
        return ModelJson.fromJson(json, "model JSON");
    }

    /** The document as JSON (pretty-printed), which {@link #fromJson} reads back to an equal spec. */
    public String toJson() {
        return ModelJson.toJson(this);
    }

    /** Writes the model to a file atomically (a temporary file beside it, then moved into place). */
    public void write(Path file) {
        ModelJson.write(this, file);
    }

    /** The built-in model for the canonical patient fields (resource {@code default-patient-model.json}). */
    public static ModelSpec defaultPatientModel() {
        return ModelJson.resource("default-patient-model.json");
    }

    /**
     * The built-in model for FEBRL files read through the FEBRL mapping: given and family name, birth
     * date, address, suburb, postcode, state, phone (dsgen sets), soc_sec_id as national id; FEBRL has no
     * sex, middle name or email.
     */
    public static ModelSpec defaultFebrlModel() {
        return ModelJson.resource("febrl-model.json");
    }

    /** Compiles the engine. */
    public MatchModel compile() {
        return MatchModel.compile(this);
    }

    public ModelSpec withLambda(double newLambda) {
        return new ModelSpec(version, newLambda, comparisons, blockingRules, thresholds, trainingBlockingRules,
                termFrequency, description, trainingReport, formatVersion, cannotLinkRules, reviewRules);
    }

    public ModelSpec withComparisons(List<Comparison> newComparisons) {
        return new ModelSpec(version, lambda, newComparisons, blockingRules, thresholds, trainingBlockingRules,
                termFrequency, description, trainingReport, formatVersion, cannotLinkRules, reviewRules);
    }

    public ModelSpec withThresholds(Thresholds newThresholds) {
        return new ModelSpec(version, lambda, comparisons, blockingRules, newThresholds, trainingBlockingRules,
                termFrequency, description, trainingReport, formatVersion, cannotLinkRules, reviewRules);
    }

    public ModelSpec withBlockingRules(List<String> newRules) {
        return new ModelSpec(version, lambda, comparisons, newRules, thresholds, trainingBlockingRules,
                termFrequency, description, trainingReport, formatVersion, cannotLinkRules, reviewRules);
    }

    public ModelSpec withCannotLinkRules(List<PatternRule> newRules) {
        return new ModelSpec(version, lambda, comparisons, blockingRules, thresholds, trainingBlockingRules,
                termFrequency, description, trainingReport, formatVersion, newRules, reviewRules);
    }

    public ModelSpec withReviewRules(List<PatternRule> newRules) {
        return new ModelSpec(version, lambda, comparisons, blockingRules, thresholds, trainingBlockingRules,
                termFrequency, description, trainingReport, formatVersion, cannotLinkRules, newRules);
    }

    public ModelSpec withTrainingReport(String newVersion, TrainingReport report) {
        return new ModelSpec(newVersion, lambda, comparisons, blockingRules, thresholds, trainingBlockingRules,
                termFrequency, description, report, formatVersion, cannotLinkRules, reviewRules);
    }

    /** The index of the comparison with this name. */
    public int comparisonIndex(String name) {
        for (int i = 0; i < comparisons.size(); i++) {
            if (comparisons.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("model " + version + " has no comparison '" + name + "'");
    }
}
