package io.primaryinterop.mpi.datasets.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Given names by sex and birth decade, so that a person born in 1948 is more often a Linda and one born in
 * 2012 an Olivia. Decades outside the table use the nearest one.
 */
public final class GivenNameTable {

    static final int FIRST_DECADE = 1900;
    static final int LAST_DECADE = 2020;
    private static final int DECADES = (LAST_DECADE - FIRST_DECADE) / 10 + 1;

    private final List<WeightedChoice<String>> male;
    private final List<WeightedChoice<String>> female;

    private GivenNameTable(List<WeightedChoice<String>> male, List<WeightedChoice<String>> female) {
        this.male = male;
        this.female = female;
    }

    /** A name for a person of a sex ('M' or 'F') born in a year. */
    public String draw(char sex, int birthYear, SplittableRandom random) {
        int decade = Math.max(0, Math.min(DECADES - 1, (birthYear - FIRST_DECADE) / 10));
        return (sex == 'M' ? male : female).get(decade).draw(random);
    }

    /**
     * The built-in table: {@code name,sex,w1930,w1950,w1970,w1990,w2010}, linear between eras, flat beyond.
     */
    static GivenNameTable fromEraWeights(List<TableFiles.Row> rows) {
        int[] eras = {1930, 1950, 1970, 1990, 2010};
        Map<String, double[]> weightsByKey = new LinkedHashMap<>();
        for (TableFiles.Row row : rows) {
            String sex = row.get("sex");
            if (!sex.equals("M") && !sex.equals("F")) {
                throw row.error("sex must be M or F: " + sex);
            }
            double[] eraWeights = new double[eras.length];
            for (int e = 0; e < eras.length; e++) {
                eraWeights[e] = row.number("w" + eras[e]);
            }
            double[] byDecade = new double[DECADES];
            for (int d = 0; d < DECADES; d++) {
                byDecade[d] = interpolate(eras, eraWeights, FIRST_DECADE + d * 10 + 5);
            }
            weightsByKey.put(sex + "|" + row.get("name"), byDecade);
        }
        return build(weightsByKey);
    }

    /** The SSA layout {@code decade,name,sex,count} (one row per name, sex and decade). */
    static GivenNameTable fromDecadeCounts(List<TableFiles.Row> rows) {
        Map<String, double[]> weightsByKey = new LinkedHashMap<>();
        for (TableFiles.Row row : rows) {
            String sex = row.get("sex");
            if (!sex.equals("M") && !sex.equals("F")) {
                continue;
            }
            int decade = (int) row.number("decade");
            int index = Math.max(0, Math.min(DECADES - 1, (decade - FIRST_DECADE) / 10));
            weightsByKey.computeIfAbsent(sex + "|" + row.get("name"), k -> new double[DECADES])[index] += row.number("count");
        }
        return build(weightsByKey);
    }

    private static double interpolate(int[] eras, double[] weights, int year) {
        if (year <= eras[0]) {
            return weights[0];
        }
        for (int e = 1; e < eras.length; e++) {
            if (year <= eras[e]) {
                double t = (year - eras[e - 1]) / (double) (eras[e] - eras[e - 1]);
                return weights[e - 1] + t * (weights[e] - weights[e - 1]);
            }
        }
        return weights[weights.length - 1];
    }

    private static GivenNameTable build(Map<String, double[]> weightsByKey) {
        List<WeightedChoice<String>> male = new ArrayList<>();
        List<WeightedChoice<String>> female = new ArrayList<>();
        for (int d = 0; d < DECADES; d++) {
            male.add(choice(weightsByKey, "M|", d));
            female.add(choice(weightsByKey, "F|", d));
        }
        return new GivenNameTable(List.copyOf(male), List.copyOf(female));
    }

    private static WeightedChoice<String> choice(Map<String, double[]> weightsByKey, String prefix, int decade) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : weightsByKey.entrySet()) {
            if (entry.getKey().startsWith(prefix)) {
                names.add(entry.getKey().substring(prefix.length()));
                // a small floor keeps every name possible in every decade (old names do recur)
                weights.add(entry.getValue()[decade] + 0.05);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("given-name table has no names of sex " + prefix.charAt(0));
        }
        return WeightedChoice.of(names, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
