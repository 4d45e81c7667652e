package io.primaryinterop.mpi.datasets.loader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.primaryinterop.mpi.core.record.PatientField;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * How a user's CSV maps onto the canonical patient fields, read from a JSON file:
 * <pre>{ "delimiter": ";",
 *   "columns": { "record_id": "MRN", "given_name": "FIRST", "family_name": "LAST",
 *                "birth_date": {"column": "DOB", "pattern": "MM/dd/yyyy"} } }</pre>
 * Keys are canonical field names; a value is a source column name, or an object with {@code column} and,
 * for {@code birth_date}, a {@code pattern} (java.time) to convert to ISO. {@code record_id} is required.
 *
 * @param delimiter   field separator of the user's file
 * @param columns     canonical field -> source column
 * @param datePattern birth date pattern, or null when dates are already ISO
 */
public record ColumnMapping(char delimiter, Map<PatientField, String> columns, String datePattern) {

    public ColumnMapping {
        columns = Map.copyOf(new EnumMap<>(columns));
        if (!columns.containsKey(PatientField.RECORD_ID)) {
            throw new IllegalArgumentException("the mapping must name the column of record_id");
        }
        if (datePattern != null) {
            try {
                DateTimeFormatter.ofPattern(datePattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad birth_date pattern '" + datePattern + "': " + e.getMessage(), e);
            }
        }
    }

    /** Reads a mapping file; errors name the file and the key. */
    public static ColumnMapping read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        String delimiter = root.path("delimiter").asText(",");
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException(file + ": \"delimiter\" must be one character: '" + delimiter + "'");
        }
        JsonNode columns = root.path("columns");
        if (!columns.isObject()) {
            throw new IllegalArgumentException(file + ": \"columns\" must be an object of field -> column");
        }
        Map<PatientField, String> mapped = new EnumMap<>(PatientField.class);
        String pattern = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = columns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            PatientField field;
            try {
                field = PatientField.byColumn(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": columns." + entry.getKey() + ": " + e.getMessage(), e);
            }
            JsonNode value = entry.getValue();
            String column = value.isTextual() ? value.asText() : value.path("column").asText(null);
            if (column == null || column.isBlank()) {
                throw new IllegalArgumentException(file + ": columns." + entry.getKey() + " needs a column name");
            }
            mapped.put(field, column);
            if (value.has("pattern")) {
                if (field != PatientField.BIRTH_DATE) {
                    throw new IllegalArgumentException(file + ": columns." + entry.getKey() + ": only birth_date takes a pattern");
                }
                pattern = value.get("pattern").asText();
            }
        }
        try {
            return new ColumnMapping(delimiter.charAt(0), mapped, pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
