package io.primaryinterop.mpi.blocking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Runs numbered tasks on a few plain threads that take the next task when done with one. */
final class Workers {
  /** One worker's loop body: runs task {@code task} on worker {@code worker}. */
  @FunctionalInterface
  interface Task {
    void run(int worker, int task);
  }

  private Workers() {
  }

  /**
   * Runs tasks 0..taskCount-1 on {@code threads} threads (the caller's thread when 1) and waits. The first
   * failure stops the others from taking new tasks and is rethrown here.
   */
  static void run(int threads, int taskCount, Task body) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    int workers = Math.min(threads, Math.max(1, taskCount));
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    if (workers == 1) {
      for (int task = 0; task < taskCount; task++) {
        body.run(0, task);
      }
      return;
    }
    List<Thread> started = new ArrayList<>(workers);
    for (int w = 0; w < workers; w++) {
      int worker = w;
      Thread thread = new Thread(() -> {
        try {
          for (int task = next.getAndIncrement(); task < taskCount && failure.get() == null;
               task = next.getAndIncrement()) {
            body.run(worker, task);
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }, "blocking-worker-" + w);
      thread.setDaemon(true);
      started.add(thread);
      thread.start();
    }
    try {
      for (Thread thread : started) {
        thread.join();
      }
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      started.forEach(Thread::interrupt);
      Thread.currentThread().interrupt();
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException("blocking worker failed", t);
    }
  }
}
