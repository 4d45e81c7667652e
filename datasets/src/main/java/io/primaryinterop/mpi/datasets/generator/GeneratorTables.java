package io.primaryinterop.mpi.datasets.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The value tables the generator draws from. {@link #builtIn()} are the project's own compact tables (in the
 * jar); {@link #load(Path)} reads the richer public tables laid out as in {@code ../shared/datasets} and keeps
 * the built-in table for any file it does not find.
 *
 * @param givenNames    given names by sex and birth decade
 * @param surnames      family names weighted by frequency
 * @param places        ZIP, city, state (and area code) triples
 * @param placesByState the same places grouped by state (a move is often within a state)
 * @param streets       street names
 * @param streetTypes   street types with abbreviations, weighted
 * @param nicknames     formal given name (upper case) -> its nicknames
 * @param ocrConfusions pairs {from, to} a scanner confuses
 * @param phoneticRules phonetic misspellings
 * @param origins       where each table came from, e.g. {@code surnames: built-in}
 */
public record GeneratorTables(
        GivenNameTable givenNames,
        WeightedChoice<String> surnames,
        WeightedChoice<Place> places,
        Map<String, WeightedChoice<Place>> placesByState,
        WeightedChoice<String> streets,
        WeightedChoice<StreetType> streetTypes,
        Map<String, List<String>> nicknames,
        List<String[]> ocrConfusions,
        List<PhoneticRule> phoneticRules,
        List<String> origins) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public GeneratorTables {
        nicknames = Map.copyOf(nicknames);
        ocrConfusions = List.copyOf(ocrConfusions);
        phoneticRules = List.copyOf(phoneticRules);
        placesByState = Map.copyOf(placesByState);
        origins = List.copyOf(origins);
    }

    private static volatile GeneratorTables builtIn;

    /** The built-in tables (parsed once per JVM). */
    public static GeneratorTables builtIn() {
        GeneratorTables tables = builtIn;
        if (tables == null) {
            tables = load(null);
            builtIn = tables;
        }
        return tables;
    }

    /**
     * Tables from a directory in the layout of {@code ../shared/datasets}: {@code names/ssa_given_names/
     * ssa_given_names_by_sex_decade.csv}, {@code names/census_1990_treyhunner/dist.all.last},
     * {@code us-geography/us_zip_city_state.csv}, {@code nicknames/names.csv}, {@code noise-tables/ocr_errors.csv}.
     * A file that is absent leaves the built-in table in place; {@link #origins()} says which was used.
     *
     * @param dir the directory, or {@code null} for the built-in tables only
     */
    public static GeneratorTables load(Path dir) {
        List<String> origins = new ArrayList<>();

        Path givenFile = child(dir, "names/ssa_given_names/ssa_given_names_by_sex_decade.csv");
        GivenNameTable givenNames = givenFile != null
                ? GivenNameTable.fromDecadeCounts(TableFiles.file(givenFile))
                : GivenNameTable.fromEraWeights(TableFiles.resource("given_names.csv"));
        origins.add("given names: " + origin(givenFile));

        Path surnameFile = child(dir, "names/census_1990_treyhunner/dist.all.last");
        WeightedChoice<String> surnames = surnameFile != null ? censusSurnames(surnameFile) : builtInSurnames();
        origins.add("surnames: " + origin(surnameFile));

        Path placeFile = child(dir, "us-geography/us_zip_city_state.csv");
        List<Place> placeList = new ArrayList<>();
        for (TableFiles.Row row : placeFile != null ? TableFiles.file(placeFile) : TableFiles.resource("places.csv")) {
            String areaCode = row.csv().isMapped("area_code") ? row.get("area_code") : null;
            try {
                placeList.add(new Place(row.get("zip"), row.get("city"), row.get("state"), areaCode));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        origins.add("places: " + origin(placeFile));

        Map<String, List<Place>> grouped = new LinkedHashMap<>();
        placeList.forEach(p -> grouped.computeIfAbsent(p.state(), s -> new ArrayList<>()).add(p));
        Map<String, WeightedChoice<Place>> byState = new HashMap<>();
        grouped.forEach((state, list) -> byState.put(state, WeightedChoice.uniform(list)));

        List<String> streetNames = TableFiles.resource("streets.csv").stream().map(r -> r.get("name")).toList();
        List<StreetType> types = new ArrayList<>();
        List<Double> typeWeights = new ArrayList<>();
        for (TableFiles.Row row : TableFiles.resource("street_types.csv")) {
            types.add(new StreetType(row.get("type"), row.get("abbreviation")));
            typeWeights.add(row.number("weight"));
        }

        Path nicknameFile = child(dir, "nicknames/names.csv");
        Map<String, List<String>> nicknames = new HashMap<>();
        if (nicknameFile != null) {
            for (TableFiles.Row row : TableFiles.file(nicknameFile)) {
                if (row.get("relationship").equals("has_nickname")) {
                    addNickname(nicknames, row.get("name1"), row.get("name2"));
                }
            }
        } else {
            for (TableFiles.Row row : TableFiles.resource("nicknames.csv")) {
                addNickname(nicknames, row.get("name"), row.get("nickname"));
            }
        }
        nicknames.replaceAll((k, v) -> List.copyOf(v));
        origins.add("nicknames: " + origin(nicknameFile));

        Path ocrFile = child(dir, "noise-tables/ocr_errors.csv");
        List<String[]> ocr = ocrFile != null ? headerlessPairs(ocrFile) : TableFiles.resource("ocr_confusions.csv").stream()
                .map(r -> new String[] {r.get("from"), r.get("to")}).toList();
        origins.add("OCR confusions: " + origin(ocrFile));

        List<PhoneticRule> phonetic = TableFiles.resource("phonetic_rules.csv").stream()
                .map(r -> new PhoneticRule(r.get("from"), r.get("to"),
                        PhoneticRule.Where.valueOf(r.get("where").toUpperCase(Locale.ROOT))))
                .toList();
        origins.add("streets, street types, phonetic rules: built-in");

        return new GeneratorTables(givenNames, surnames, WeightedChoice.uniform(placeList), byState,
                WeightedChoice.uniform(streetNames),
                WeightedChoice.of(types, typeWeights.stream().mapToDouble(Double::doubleValue).toArray()),
                nicknames, ocr, phonetic, origins);
    }

    /** Nicknames of a formal given name (any case), empty when it has none. */
    public List<String> nicknamesOf(String givenName) {
        return nicknames.getOrDefault(givenName.toUpperCase(Locale.ROOT), List.of());
    }

    /** "Mary-Ann" from "MARY-ANN", "O'Neil" from "o'neil"; each word capitalised after a space, hyphen or apostrophe. */
    public static String titleCase(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        boolean start = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '.';
        }
        return sb.toString();
    }

    private static void addNickname(Map<String, List<String>> nicknames, String formal, String nickname) {
        if (!formal.isBlank() && !nickname.isBlank() && !formal.equalsIgnoreCase(nickname)) {
            nicknames.computeIfAbsent(formal.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(titleCase(nickname));
        }
    }

    private static WeightedChoice<String> builtInSurnames() {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (TableFiles.Row row : TableFiles.resource("surnames.csv")) {
            names.add(row.get("name"));
            weights.add(row.number("weight"));
        }
        return WeightedChoice.of(names, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The Census 1990 layout: fixed-width {@code NAME  freq%  cumulative%  rank}, no header. */
    private static WeightedChoice<String> censusSurnames(Path file) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = WHITESPACE.split(line);
                if (parts.length < 2) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 'NAME frequency ...'");
                }
                try {
                    // frequencies are rounded to 0.001%: rare names share a floor rather than vanish
                    weights.add(Math.max(Double.parseDouble(parts[1]), 0.0005));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + " column 2: not a number: " + parts[1], e);
                }
                names.add(titleCase(parts[0]));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        return WeightedChoice.of(names, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** {@code from,to} lines without a header, {@code #} comments (the public OCR table's layout). */
    private static List<String[]> headerlessPairs(Path file) {
        List<String[]> pairs = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma <= 0 || comma == line.length() - 1) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 'from,to'");
                }
                pairs.add(new String[] {line.substring(0, comma), line.substring(comma + 1)});
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        return pairs;
    }

    private static Path child(Path dir, String relative) {
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(relative);
        return Files.isRegularFile(file) ? file : null;
    }

    private static String origin(Path file) {
        return file == null ? "built-in" : file.toString();
    }
}
