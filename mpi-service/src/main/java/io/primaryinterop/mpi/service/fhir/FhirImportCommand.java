package io.primaryinterop.mpi.service.fhir;

import io.micronaut.context.ApplicationContext;
import io.primaryinterop.mpi.service.fhir.PatientImport.BadLine;
import io.primaryinterop.mpi.service.fhir.PatientImport.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fhir-import}: ingest a FHIR Patient ndjson file into the configured store through match-on-ingest. */
@Command(name = "fhir-import", mixinStandardHelpOptions = true,
        description = {"Ingests a FHIR R4 Patient ndjson file (one Patient per line, e.g. a bulk data export) into the "
                + "configured store, each Patient as POST /fhir/Patient would (source = the identifier system)."})
public final class FhirImportCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "Patient ndjson file")
    Path input;

    @Option(names = "--skip-bad-lines", description = "skip and count lines that are not acceptable Patients instead of stopping")
    boolean skipBadLines;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(input)) {
            System.err.println("fhir-import: no file " + input);
            return 1;
        }
        long started = System.nanoTime();
        try (ApplicationContext context = ApplicationContext.run()) {
            Summary summary = context.getBean(PatientImport.class).importNdjson(input, skipBadLines, System.err::println);
            System.out.printf("fhir-import: %d created, %d updated, %d skipped in %.1f s%n", summary.created(),
                    summary.updated(), summary.skipped(), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (BadLine bad) {
            System.err.println("fhir-import: " + bad.getMessage() + " (nothing after it was imported; --skip-bad-lines skips such lines)");
            return 1;
        }
    }
}
