package io.primaryinterop.mpi.blocking;

/** Which pairs a run wants: within one data set, across two, or both. */
public enum LinkMode {
  /** One data set: every pair of rows that shares a key. */
  DEDUPE,
  /** Two data sets (sides 0 and 1): only pairs with one row from each side. */
  LINK_ONLY,
  /** Two data sets treated as one: every pair, same side or not. */
  LINK_AND_DEDUPE
}
