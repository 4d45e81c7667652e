package io.primaryinterop.mpi.datasets.generator;

import java.util.ArrayList;
import java.util.List;

/** Test sink: keeps everything in memory. */
final class CollectingSink implements GenerationSink {

    record HardNegative(String left, String right, HardNegativeKind kind) {
    }

    final List<RecordDraft> records = new ArrayList<>();
    final List<HardNegative> hardNegatives = new ArrayList<>();

    @Override
    public void record(RecordDraft record) {
        records.add(record);
    }

    @Override
    public void hardNegative(String leftPersonId, String rightPersonId, HardNegativeKind kind) {
        hardNegatives.add(new HardNegative(leftPersonId, rightPersonId, kind));
    }
}
