package io.primaryinterop.mpi.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An explicit cannot-link condition of a model: two records whose comparisons all fall on one of the
 * listed levels are different people, whatever their match weight. Fellegi-Sunter adds the weights of
 * fields as if they were independent, so a household's shared address, postal code, phone and family
 * name outweigh a different birth date or given name; these rules say what the weights cannot (a twin
 * has the same birth date and another given name; a junior or senior has a birth date years away).
 * In a model file: {@code {"label": "twin", "levels": {"birth_date": ["exact"], "given_name": ["else"]}}}.
 *
 * @param label a short name for reports
 * @param levels comparison name -> labels of the levels on which the rule holds; all must hold
 */
public record CannotLinkRule(String label, Map<String, List<String>> levels) {
    public CannotLinkRule {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a cannot-link rule needs a label");
        }
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("cannot-link rule '" + label + "' lists no comparison levels");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        levels.forEach((comparison, labels) -> {
            if (labels == null || labels.isEmpty()) {
                throw new IllegalArgumentException("cannot-link rule '" + label + "': comparison '" + comparison
                        + "' lists no levels");
            }
            copy.put(comparison, List.copyOf(labels));
        });
        levels = java.util.Collections.unmodifiableMap(copy);
    }
}
