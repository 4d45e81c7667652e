package io.primaryinterop.mpi.blocking;

/** Receives candidate pairs as row indices, {@code left < right}, with the index of the rule that produced them. */
@FunctionalInterface
public interface PairSink {
  void accept(int left, int right, int ruleIndex);
}
