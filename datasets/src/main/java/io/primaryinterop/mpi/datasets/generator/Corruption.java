package io.primaryinterop.mpi.datasets.generator;

import java.util.SplittableRandom;

/**
 * One kind of error a source makes when it writes a patient down (a typo, a nickname, a transposed date...).
 * Applied in place to a record draft; a corruption that does not fit the record (no middle name to use, a
 * day above 12 to transpose) leaves it unchanged.
 */
@FunctionalInterface
public interface Corruption {
    void apply(RecordDraft record, SplittableRandom random);
}
