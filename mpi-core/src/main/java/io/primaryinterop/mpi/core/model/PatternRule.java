package io.primaryinterop.mpi.core.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A condition on a pair's gamma pattern: every listed comparison falls on one of its listed levels. A model
 * carries two lists of them.
 *
 * <p><b>Cannot-link rules</b>: two records that meet one are different people, whatever their match weight.
 * Fellegi-Sunter adds the weights of fields as if they were independent, so a household's shared address,
 * postal code, phone and family name outweigh a different birth date or given name; these rules say what the
 * weights cannot (a twin has the same birth date and another given name; a junior or senior has a birth date
 * years away).
 *
 * <p><b>Review rules</b>: the pair may well be one person, but nothing in it tells that person apart from a
 * relative in the same household (a record without birth date of a man named like his father; a twin written
 * as an initial); such a pair is never linked automatically, however high its weight: it goes to review.
 *
 * <p>In a model file: {@code {"label": "twin", "levels": {"birth_date": ["exact"], "given_name": ["else"]}}}.
 *
 * <p>Batch clustering checks a cannot-link rule between every record of two clusters before it merges them
 * (see {@link io.primaryinterop.mpi.core.cluster.GuardedConnectedComponents}). A cannot-link rule may name
 * conditions under which <b>the link explains</b> the difference ({@code "linkExplains": [{"given_name": ["exact",
 * "nickname"]}, {"national_id": ["exact"]}]}, any one of them; a single object is one condition): when the pair
 * being linked meets one, the rule is checked on that pair alone, not between the other records of the two
 * clusters. A person whose middle name is used as first name on one record and whose other record carries both
 * names is one cluster, though the first two records, each with one given name, look like twins; so is one whose
 * two records share a national id.
 *
 * @param label a short name for reports and review reasons
 * @param levels comparison name -> labels of the levels on which the rule holds; all must hold
 * @param linkExplains conditions (comparison name -> levels, all must hold) of which a link that meets any one
 *                     explains the rule: it then holds on the linked pair alone (cannot-link rules only; empty:
 *                     between all records of the two clusters)
 */
public record PatternRule(String label, Map<String, List<String>> levels,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY)
                          @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                          List<Map<String, List<String>>> linkExplains) {
    public PatternRule {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a rule needs a label");
        }
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("rule '" + label + "' lists no comparison levels");
        }
        levels = copy(label, levels);
        linkExplains = linkExplains == null ? List.of() : linkExplains.stream().map(condition -> {
            if (condition == null || condition.isEmpty()) {
                throw new IllegalArgumentException("rule '" + label + "': a linkExplains condition lists no comparison");
            }
            return copy(label, condition);
        }).toList();
    }

    /** A rule that holds between every record of two clusters. */
    public PatternRule(String label, Map<String, List<String>> levels) {
        this(label, levels, List.of());
    }

    private static Map<String, List<String>> copy(String label, Map<String, List<String>> levels) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        levels.forEach((comparison, labels) -> {
            if (labels == null || labels.isEmpty()) {
                throw new IllegalArgumentException("rule '" + label + "': comparison '" + comparison
                        + "' lists no levels");
            }
            copy.put(comparison, List.copyOf(labels));
        });
        return Collections.unmodifiableMap(copy);
    }
}
