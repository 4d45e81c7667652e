package io.primaryinterop.mpi.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRowWriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain|plain",
            "'2 7th Street, Apt 234'|'\"2 7th Street, Apt 234\"'",
            "'say \"hi\"'|'\"say \"\"hi\"\"\"'",
            "' Smith  '|'\" Smith  \"'",
            "'#4'|'\"#4\"'"})
    void quotesOnlyWhatNeedsQuoting(String value, String expected) throws IOException {
        assertEquals("x," + expected + "\r\n", write("x", value));
    }

    @Property(tries = 300)
    void writesTheSameBytesAsCommonsCsv(@ForAll @Size(min = 1, max = 5) List<String> values) throws IOException {
        String[] row = values.toArray(String[]::new);
        StringWriter expected = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.DEFAULT)) {
            printer.printRecord((Object[]) row);
        }
        assertEquals(expected.toString(), write(row));
    }

    private static String write(String... values) throws IOException {
        StringWriter out = new StringWriter();
        new CsvRowWriter(out).writeRow(values);
        return out.toString();
    }
}
