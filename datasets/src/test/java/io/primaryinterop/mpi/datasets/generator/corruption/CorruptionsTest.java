package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.datasets.generator.GeneratorTables;
import org.junit.jupiter.api.Test;

class CorruptionsTest {

    @Test
    void registryHasEveryNamedCorruptionInOrder() {
        assertEquals(Corruptions.NAMES, java.util.List.copyOf(Corruptions.standard(GeneratorTables.builtIn()).keySet()));
    }
}
