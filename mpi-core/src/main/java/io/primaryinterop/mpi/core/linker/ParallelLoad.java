package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.core.io.ReadOptions;
import io.primaryinterop.mpi.core.normalize.NormalizedRecord;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a file into a table with normalization on worker threads: the calling thread parses the CSV and
 * adds normalized records to the table in file order, while batches of records are normalized in
 * parallel. At most a few batches are in flight, so memory stays bounded.
 */
final class ParallelLoad {
    private static final int BATCH = 4096;

    private ParallelLoad() {
    }

    /** Adds every record of the file to the builder, in file order; returns the rows skipped as malformed. */
    @SuppressWarnings("unchecked")
    static long load(InputFormat format, Path file, ReadOptions options, PatientTable.Builder builder,
                     RecordNormalizer normalizer, int threads) {
        if (threads <= 1) {
            return format.read(file, options, record -> builder.add(normalizer.normalize(record)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mpi-normalize");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<NormalizedRecord[]>> inFlight = new ArrayDeque<>();
            List<PatientRecord>[] batch = new List[] {new ArrayList<>(BATCH)};
            long skipped = format.read(file, options, record -> {
                batch[0].add(record);
                if (batch[0].size() == BATCH) {
                    submit(pool, normalizer, batch[0], inFlight);
                    batch[0] = new ArrayList<>(BATCH);
                    while (inFlight.size() > 2 * threads) {
                        addAll(builder, inFlight.poll());
                    }
                }
            });
            submit(pool, normalizer, batch[0], inFlight);
            while (!inFlight.isEmpty()) {
                addAll(builder, inFlight.poll());
            }
            return skipped;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void submit(ExecutorService pool, RecordNormalizer normalizer, List<PatientRecord> records,
                               ArrayDeque<Future<NormalizedRecord[]>> inFlight) {
        inFlight.add(pool.submit(() -> {
            NormalizedRecord[] normalized = new NormalizedRecord[records.size()];
            for (int i = 0; i < normalized.length; i++) {
                normalized[i] = normalizer.normalize(records.get(i));
            }
            return normalized;
        }));
    }

    private static void addAll(PatientTable.Builder builder, Future<NormalizedRecord[]> batch) {
        try {
            for (NormalizedRecord record : batch.get()) {
                builder.add(record);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
