package io.primaryinterop.mpi.core.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Nickname canonicalization: each formal name is a group ({@code ROBERT}); a name maps to the
 * groups it belongs to ({@code BOB -> [ROBERT]}, {@code RON -> [AARON, RONALD]}). Two names are
 * equivalent when they share a group. Groups are not merged transitively: {@code AARON} and
 * {@code RONALD} share the nickname {@code RON} but are not equivalent to each other.
 *
 * <p>Names are looked up normalized (see {@link StripPunctuation#forNames()}). Immutable.
 */
public final class NicknameTable {

    private static final int[] NO_GROUPS = new int[0];
    private static final FieldNormalizer NAME = FieldNormalizer.of("name", new FoldAccents(), new UpperCase(),
            StripPunctuation.forNames(), new CollapseSpaces());

    private final List<String> formalNames;
    private final Map<String, Integer> groupOfFormal;
    private final Map<String, int[]> groupsByName;

    private NicknameTable(List<String> formalNames, Map<String, Integer> groupOfFormal, Map<String, int[]> groupsByName) {
        this.formalNames = List.copyOf(formalNames);
        this.groupOfFormal = Map.copyOf(groupOfFormal);
        this.groupsByName = Map.copyOf(groupsByName);
    }

    /** The table shipped with the project (about 400 common English formal/nickname pairs). */
    public static NicknameTable builtIn() {
        return Holder.BUILT_IN;
    }

    /** An empty table: only identical names are equivalent. */
    public static NicknameTable empty() {
        return new NicknameTable(List.of(), Map.of(), Map.of());
    }

    /**
     * Reads the public pair format {@code name1,has_nickname,name2} (a header line {@code name1,...}
     * is skipped): name1 is the formal name, name2 its nickname.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed line
     */
    public static NicknameTable read(Path file) {
        Builder builder = new Builder();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || (lineNumber == 1 && line.startsWith("name1"))) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
                    throw new IllegalArgumentException(file + " line " + lineNumber
                            + ": expected 'formal,has_nickname,nickname'");
                }
                builder.add(parts[0], parts[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read nickname table " + file, e);
        }
        return builder.build();
    }

    /** Reads the built-in format: {@code FORMAL: NICK NICK ...}, {@code #} comments. */
    static NicknameTable readGroups(InputStream in, String what) {
        Builder builder = new Builder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException(what + " line " + lineNumber + ": expected 'FORMAL: NICK ...'");
                }
                String formal = line.substring(0, colon);
                builder.addFormal(formal);
                for (String nickname : line.substring(colon + 1).trim().split("\\s+")) {
                    if (!nickname.isEmpty()) {
                        builder.add(formal, nickname);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what, e);
        }
        return builder.build();
    }

    /** Number of groups (formal names). */
    public int groupCount() {
        return formalNames.size();
    }

    /** The formal name of a group id. */
    public String formalName(int group) {
        return formalNames.get(group);
    }

    /** The sorted group ids of a name (normalized first); empty when the name is not in the table. */
    public int[] groups(String name) {
        if (name == null) {
            return NO_GROUPS;
        }
        int[] groups = groupsByName.get(name);
        if (groups == null) {
            String normalized = NAME.apply(name);
            groups = normalized == null ? null : groupsByName.get(normalized);
        }
        return groups == null ? NO_GROUPS : groups.clone();
    }

    /** One canonical group id for a name: its own group when it is a formal name, else its first; -1 if unknown. */
    public int canonicalGroup(String name) {
        String normalized = name == null ? null : NAME.apply(name);
        Integer own = normalized == null ? null : groupOfFormal.get(normalized);
        if (own != null) {
            return own;
        }
        int[] groups = groups(name);
        return groups.length == 0 ? -1 : groups[0];
    }

    /** Whether two names are the same or share a formal name. */
    public boolean equivalent(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        return shareGroup(groups(a), groups(b));
    }

    /** Whether two sorted group-id arrays intersect (allocation-free, for the scoring loop). */
    public static boolean shareGroup(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static final class Holder {
        static final NicknameTable BUILT_IN = load();

        private static NicknameTable load() {
            String resource = "nicknames.txt";
            InputStream in = NicknameTable.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("built-in nickname table missing from the jar: " + resource);
            }
            return readGroups(in, "built-in " + resource);
        }
    }

    private static final class Builder {
        private final List<String> formalNames = new ArrayList<>();
        private final Map<String, Integer> groupOfFormal = new HashMap<>();
        private final Map<String, TreeSet<Integer>> groupsByName = new HashMap<>();

        int addFormal(String rawFormal) {
            String formal = normalized(rawFormal);
            Integer group = groupOfFormal.get(formal);
            if (group == null) {
                group = formalNames.size();
                formalNames.add(formal);
                groupOfFormal.put(formal, group);
                groupsByName.computeIfAbsent(formal, k -> new TreeSet<>()).add(group);
            }
            return group;
        }

        void add(String rawFormal, String rawNickname) {
            int group = addFormal(rawFormal);
            groupsByName.computeIfAbsent(normalized(rawNickname), k -> new TreeSet<>()).add(group);
        }

        private static String normalized(String name) {
            String value = NAME.apply(name);
            if (value == null) {
                throw new IllegalArgumentException("blank name in nickname table");
            }
            return value;
        }

        NicknameTable build() {
            Map<String, int[]> groups = new HashMap<>();
            groupsByName.forEach((name, set) -> groups.put(name, set.stream().mapToInt(Integer::intValue).toArray()));
            return new NicknameTable(formalNames, groupOfFormal, groups);
        }
    }

    @Override
    public String toString() {
        return "NicknameTable[" + formalNames.size() + " groups, " + groupsByName.size() + " names]";
    }

    /** For tests: the names the table knows. */
    List<String> names() {
        List<String> names = new ArrayList<>(groupsByName.keySet());
        names.sort(String::compareTo);
        return names;
    }
}
