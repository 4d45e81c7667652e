/** JMH micro-benchmarks. */
package io.primaryinterop.mpi.bench;
