package io.primaryinterop.mpi.core.compare;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every one of the string conditions holds (Splink's {@code And} of comparison levels): e.g. Jaro-Winkler at
 * least 0.80 and at most one edit, a typo, apart from names that are merely alike (Evelyn and Beverly: 0.84,
 * three edits). The parts compare the comparison's first field as strings: {@link Exact},
 * {@link JaroWinklerAtLeast}, {@link LevenshteinAtMost} or {@link DamerauLevenshteinAtMost}.
 */
public record AllOf(List<LevelCondition> conditions) implements LevelCondition {

    public AllOf {
        if (conditions == null || conditions.size() < 2) {
            throw new IllegalArgumentException("all_of needs at least two conditions: " + conditions);
        }
        for (LevelCondition condition : conditions) {
            if (!(condition instanceof Exact || condition instanceof JaroWinklerAtLeast
                    || condition instanceof LevenshteinAtMost || condition instanceof DamerauLevenshteinAtMost)) {
                throw new IllegalArgumentException("all_of takes exact, jaro_winkler_at_least, levenshtein_at_most "
                        + "and damerau_levenshtein_at_most conditions, not " + condition.describe());
            }
        }
        conditions = List.copyOf(conditions);
    }

    @Override
    public String describe() {
        return conditions.stream().map(LevelCondition::describe).collect(Collectors.joining(" and "));
    }
}
