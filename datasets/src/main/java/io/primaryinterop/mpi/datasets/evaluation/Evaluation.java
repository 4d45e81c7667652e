package io.primaryinterop.mpi.datasets.evaluation;

import io.primaryinterop.mpi.core.io.PatientCsvReader;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation behind the {@code evaluate} command: truth and clusters, and optionally scored pairs, the
 * records (for field values beside the errors) and the generator's hard negatives.
 *
 * @param truth          {@code record_id,person_id}
 * @param clusters       {@code record_id,cluster_id}
 * @param pairs          {@code left_id,right_id,match_weight,match_probability}, or null
 * @param records        canonical patient CSV, or null
 * @param hardNegatives  {@code left_person_id,right_person_id,kind}, or null
 * @param examples       how many false positives and false negatives to list
 */
public record Evaluation(Path truth, Path clusters, Path pairs, Path records, Path hardNegatives, int examples) {

    public Evaluation {
        if (truth == null || clusters == null) {
            throw new IllegalArgumentException("truth and clusters files are required");
        }
        if (examples < 0) {
            throw new IllegalArgumentException("examples must be >= 0: " + examples);
        }
    }

    public EvaluationReport run(String title) {
        Truth t = Truth.read(truth);
        Clustering c = Clustering.read(clusters, t);
        ClusterEvaluation metrics = ClusterEvaluation.of(t, c);
        List<HardNegativeEvaluation.KindResult> hard = hardNegatives == null ? List.of()
                : HardNegativeEvaluation.evaluate(hardNegatives, t, c);
        ScoredPairEvaluation scored = pairs == null ? null : ScoredPairEvaluation.of(pairs, t, c, examples);
        Map<String, PatientRecord> values = Map.of();
        if (records != null && scored != null) {
            Set<String> wanted = new HashSet<>();
            for (List<ScoredPairEvaluation.PairExample> list : List.of(scored.falsePositives(), scored.falseNegatives())) {
                list.forEach(e -> {
                    wanted.add(e.leftId());
                    wanted.add(e.rightId());
                });
            }
            values = recordsById(records, wanted);
        }
        return new EvaluationReport(title, metrics, c, hard, scored, values);
    }

    /** Streams a canonical CSV and keeps only the wanted records. */
    static Map<String, PatientRecord> recordsById(Path file, Set<String> wanted) {
        Map<String, PatientRecord> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        try (PatientCsvReader reader = PatientCsvReader.open(file)) {
            while (reader.hasNext() && found.size() < wanted.size()) {
                PatientRecord record = reader.next();
                if (wanted.contains(record.recordId())) {
                    found.put(record.recordId(), record);
                }
            }
        }
        return found;
    }
}
