package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkersTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7})
  void runsEveryTaskOnce(int threads) {
    AtomicIntegerArray runs = new AtomicIntegerArray(100);
    Workers.run(threads, 100, (worker, task) -> runs.incrementAndGet(task));
    for (int task = 0; task < 100; task++) {
      assertEquals(1, runs.get(task));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void rethrowsAWorkersFailure(int threads) {
    IllegalStateException boom = new IllegalStateException("boom");
    assertSame(boom, assertThrows(IllegalStateException.class, () -> Workers.run(threads, 10, (worker, task) -> {
      if (task == 5) {
        throw boom;
      }
    })));
  }
}
