/** The blocking rule language, its key functions, and the key index that turns rules into candidate pairs. */
package io.primaryinterop.mpi.blocking;
