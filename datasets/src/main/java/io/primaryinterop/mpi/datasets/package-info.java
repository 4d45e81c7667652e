/** Synthetic patients with known truth, loaders, evaluation and the benchmark harness. */
package io.primaryinterop.mpi.datasets;
