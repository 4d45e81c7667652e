package io.primaryinterop.mpi.datasets.generator;

import io.primaryinterop.mpi.core.compare.DamerauLevenshtein;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Whether two given names are one name to the parents who choose them: equal, one a nickname of the other or both
 * nicknamed alike (Kathleen, Kathy; Kathleen, Katherine), or one name spelt two ways (Sara, Sarah; Teresa, Theresa:
 * a Double Metaphone code in common and one edit apart). Twins, a spouse, a child and a middle name get a name that
 * is not the same; names that merely rhyme (Mason, Jason) are different names, as they are for real twins. The test
 * goes by spelling, not sex: Maria and Mario count as one name, so Maria's twin brother is named otherwise.
 */
final class SameGivenName {

    private final Map<String, Set<String>> family = new HashMap<>();
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final DamerauLevenshtein edits = new DamerauLevenshtein();

    /** @param nicknames formal given name in upper case -> its nicknames */
    SameGivenName(Map<String, List<String>> nicknames) {
        nicknames.forEach((formal, nicks) -> {
            for (String nick : nicks) {
                String n = upper(nick);
                family.computeIfAbsent(formal, k -> new HashSet<>()).add(n);
                family.computeIfAbsent(n, k -> new HashSet<>()).add(formal);
            }
        });
    }

    boolean test(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = upper(a);
        String y = upper(b);
        return x.equals(y) || nicknamed(x, y) || spelledAlike(x, y);
    }

    private boolean nicknamed(String x, String y) {
        Set<String> ofX = family.getOrDefault(x, Set.of());
        Set<String> ofY = family.getOrDefault(y, Set.of());
        if (ofX.contains(y)) {
            return true;
        }
        for (String n : ofX) {
            if (ofY.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private boolean spelledAlike(String x, String y) {
        return edits.distanceAtMost(x, y, 1) >= 0 // the cheap test first: most pairs of names are further apart
                && (metaphone.isDoubleMetaphoneEqual(x, y, false) || metaphone.isDoubleMetaphoneEqual(x, y, true));
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
