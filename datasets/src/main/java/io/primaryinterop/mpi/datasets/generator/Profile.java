package io.primaryinterop.mpi.datasets.generator;

import io.primaryinterop.mpi.datasets.generator.corruption.Corruptions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How hard a generated data set is: how many persons have duplicates and how many, how often each corruption
 * hits a record, how many values sources leave out, how many hard negatives there are.
 *
 * @param name                 clean, typical, hard, or a custom name
 * @param duplicateShare       share of persons with more than one record
 * @param maxRecordsPerPerson  the long tail's end (a person has 2..max records when duplicated)
 * @param hyphenatedShare      share of persons with a hyphenated family name
 * @param missingScale         multiplies each source's missing-value rates
 * @param corruptionRates      probability per record of each corruption (every name in {@link Corruptions#NAMES})
 * @param hardNegatives        hard-negative rates per primary person
 */
public record Profile(String name, double duplicateShare, int maxRecordsPerPerson, double hyphenatedShare,
                      double missingScale, Map<String, Double> corruptionRates, HardNegativeRates hardNegatives) {

    public Profile {
        if (!(duplicateShare >= 0 && duplicateShare <= 1)) {
            throw new IllegalArgumentException("duplicate share must be in [0,1]: " + duplicateShare);
        }
        if (maxRecordsPerPerson < 2 || maxRecordsPerPerson > 1000) {
            throw new IllegalArgumentException("max records per person must be in [2,1000]: " + maxRecordsPerPerson);
        }
        if (!(hyphenatedShare >= 0 && hyphenatedShare <= 1)) {
            throw new IllegalArgumentException("hyphenated share must be in [0,1]: " + hyphenatedShare);
        }
        if (!(missingScale >= 0 && missingScale <= 10)) {
            throw new IllegalArgumentException("missing scale must be in [0,10]: " + missingScale);
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String corruption : Corruptions.NAMES) {
            Double rate = corruptionRates.get(corruption);
            if (rate == null) {
                throw new IllegalArgumentException("profile " + name + " has no rate for corruption " + corruption);
            }
            checkRate(corruption, rate);
            rates.put(corruption, rate);
        }
        for (String key : corruptionRates.keySet()) {
            if (!rates.containsKey(key)) {
                throw new IllegalArgumentException("unknown corruption '" + key + "'; known: " + Corruptions.NAMES);
            }
        }
        corruptionRates = java.util.Collections.unmodifiableMap(rates);
    }

    /** Light noise: for checking that a matcher gets the easy cases. */
    public static Profile clean() {
        return new Profile("clean", 0.3, 6, 0.03, 0.6, typicalRates(0.25), typicalHardNegatives().scaled(0.5));
    }

    /**
     * Noise like a regional registry's: about one record in three carries some error. The accuracy target
     * (precision >= 0.995, recall >= 0.97 at 100k records) is set on this profile.
     */
    public static Profile typical() {
        return new Profile("typical", 0.35, 10, 0.04, 1.0, typicalRates(1.0), typicalHardNegatives());
    }

    /** Heavy noise, more duplicates and hard negatives: where matchers separate. */
    public static Profile hard() {
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("moved_address", 0.12);
        rates.put("marriage_surname", 0.08);
        rates.put("given_family_swap", 0.02);
        rates.put("middle_as_first", 0.04);
        rates.put("hyphenated_surname_part", 0.5);
        rates.put("nickname", 0.12);
        rates.put("initial", 0.06);
        rates.put("phonetic", 0.08);
        rates.put("keyboard_typo", 0.2);
        rates.put("ocr_error", 0.04);
        rates.put("day_month_transposition", 0.03);
        rates.put("date_digit_typo", 0.05);
        rates.put("national_id_digit_typo", 0.05);
        rates.put("postal_code_digit_typo", 0.03);
        rates.put("phone_digit_typo", 0.05);
        rates.put("street_type_abbreviation", 0.35);
        rates.put("case_punctuation", 0.2);
        rates.put("missing_value", 0.15);
        rates.put("placeholder_value", 0.02);
        return new Profile("hard", 0.45, 10, 0.06, 1.3, rates, typicalHardNegatives().scaled(2.5));
    }

    /** A built-in profile by name (clean, typical, hard). */
    public static Profile byName(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "clean" -> clean();
            case "typical" -> typical();
            case "hard" -> hard();
            default -> throw new IllegalArgumentException("unknown profile '" + name + "'; known: clean, typical, hard");
        };
    }

    /** The same profile with one corruption's rate changed. */
    public Profile withCorruptionRate(String corruption, double rate) {
        if (!corruptionRates.containsKey(corruption)) {
            throw new IllegalArgumentException("unknown corruption '" + corruption + "'; known: " + Corruptions.NAMES);
        }
        Map<String, Double> rates = new LinkedHashMap<>(corruptionRates);
        rates.put(corruption, rate);
        return new Profile(name, duplicateShare, maxRecordsPerPerson, hyphenatedShare, missingScale, rates, hardNegatives);
    }

    public Profile withDuplicateShare(double share) {
        return new Profile(name, share, maxRecordsPerPerson, hyphenatedShare, missingScale, corruptionRates, hardNegatives);
    }

    public Profile withMaxRecordsPerPerson(int max) {
        return new Profile(name, duplicateShare, max, hyphenatedShare, missingScale, corruptionRates, hardNegatives);
    }

    public Profile withHardNegatives(HardNegativeRates rates) {
        return new Profile(name, duplicateShare, maxRecordsPerPerson, hyphenatedShare, missingScale, corruptionRates, rates);
    }

    private static Map<String, Double> typicalRates(double scale) {
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("moved_address", 0.05 * scale);
        rates.put("marriage_surname", 0.03 * scale);
        rates.put("given_family_swap", 0.008 * scale);
        rates.put("middle_as_first", 0.015 * scale);
        rates.put("hyphenated_surname_part", 0.3 * scale);
        rates.put("nickname", 0.05 * scale);
        rates.put("initial", 0.02 * scale);
        rates.put("phonetic", 0.03 * scale);
        rates.put("keyboard_typo", 0.08 * scale);
        rates.put("ocr_error", 0.01 * scale);
        rates.put("day_month_transposition", 0.01 * scale);
        rates.put("date_digit_typo", 0.02 * scale);
        rates.put("national_id_digit_typo", 0.02 * scale);
        rates.put("postal_code_digit_typo", 0.01 * scale);
        rates.put("phone_digit_typo", 0.02 * scale);
        rates.put("street_type_abbreviation", 0.2 * Math.sqrt(scale));
        rates.put("case_punctuation", 0.1 * Math.sqrt(scale));
        rates.put("missing_value", 0.06 * scale);
        rates.put("placeholder_value", 0.005 * scale);
        return rates;
    }

    private static HardNegativeRates typicalHardNegatives() {
        return new HardNegativeRates(0.004, 0.006, 0.06, 0.01);
    }

    private static void checkRate(String corruption, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate of corruption " + corruption + " must be in [0,1]: " + rate);
        }
    }
}
