/** Blocking key functions: one small final class per function, registered in {@code KeyFunctions}. */
package io.primaryinterop.mpi.blocking.function;
