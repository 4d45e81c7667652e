package io.primaryinterop.mpi.core.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a date written in one of the declared patterns (tried in order, strictly: no 31 February)
 * and writes it as ISO {@code yyyy-MM-dd}; a value that matches no pattern becomes {@code null}.
 * ISO is always accepted, so the step is idempotent. The frequent shapes {@code yyyy-MM-dd} and
 * {@code yyyyMMdd} are parsed by hand: loading a million rows should not spend its time in
 * {@link DateTimeFormatter}. A value that parses under no pattern is read once more with letters a
 * scanner confuses with digits taken as those digits ({@link OcrDigits}: {@code 1987-O9-10}).
 */
public final class ParseDate implements NormalizationStep {

    /** Accepted when no patterns are declared: ISO, {@code yyyyMMdd} (FEBRL), {@code yyyy/MM/dd}, US {@code M/d/yyyy}. */
    public static final List<String> DEFAULT_PATTERNS = List.of("uuuu-MM-dd", "uuuuMMdd", "uuuu/MM/dd", "M/d/uuuu");

    /** Marker for an unknown date in epoch-day columns. */
    public static final int NULL_EPOCH_DAY = Integer.MIN_VALUE;

    private static final OcrDigits OCR_DIGITS = new OcrDigits();

    private final List<String> patterns;
    private final List<DateTimeFormatter> formatters;
    private final boolean compactFastPath;

    /**
     * @param patterns {@link DateTimeFormatter} patterns; {@code yyyy} is read as {@code uuuu} (strict
     *     resolving would otherwise demand an era)
     * @throws IllegalArgumentException naming the pattern that does not compile
     */
    public ParseDate(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        this.formatters = new ArrayList<>();
        boolean compact = false;
        for (String pattern : this.patterns) {
            String strict = pattern.indexOf('G') >= 0 ? pattern : pattern.replace('y', 'u');
            compact |= strict.equals("uuuuMMdd");
            try {
                formatters.add(DateTimeFormatter.ofPattern(strict).withResolverStyle(ResolverStyle.STRICT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid date pattern '" + pattern + "': " + e.getMessage(), e);
            }
        }
        this.compactFastPath = compact;
    }

    public static ParseDate defaults() {
        return new ParseDate(DEFAULT_PATTERNS);
    }

    public List<String> patterns() {
        return patterns;
    }

    @Override
    public String apply(String value) {
        String text = value.strip();
        String date = parse(text);
        if (date == null) {
            String read = OCR_DIGITS.apply(text);
            if (!read.equals(text)) {
                date = parse(read); // digits read wrongly from a scanned form: 193O-12-05
            }
        }
        return date;
    }

    private String parse(String text) {
        if (isoEpochDay(text) != NULL_EPOCH_DAY) {
            return text;
        }
        if (compactFastPath && text.length() == 8) {
            int epochDay = epochDay(text, 0, 4, 6);
            if (epochDay != NULL_EPOCH_DAY) {
                return LocalDate.ofEpochDay(epochDay).toString();
            }
        }
        for (DateTimeFormatter formatter : formatters) {
            try {
                LocalDate date = LocalDate.parse(text, formatter);
                if (date.getYear() < 1 || date.getYear() > 9999) {
                    return null;
                }
                return date.toString();
            } catch (DateTimeParseException e) {
                // try the next declared pattern
            }
        }
        return null;
    }

    /** Epoch day of an ISO {@code yyyy-MM-dd} date, or {@link #NULL_EPOCH_DAY} (null, other shapes, invalid). */
    public static int isoEpochDay(String iso) {
        if (iso == null || iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return NULL_EPOCH_DAY;
        }
        return epochDay(iso, 0, 5, 8);
    }

    private static int epochDay(String text, int yearAt, int monthAt, int dayAt) {
        int year = digits(text, yearAt, 4);
        int month = digits(text, monthAt, 2);
        int day = digits(text, dayAt, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) {
            return NULL_EPOCH_DAY;
        }
        try {
            return (int) LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return NULL_EPOCH_DAY;
        }
    }

    private static int digits(String text, int from, int count) {
        int result = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }
}
