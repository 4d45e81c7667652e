/** The matching engine: records, normalization, comparisons, the Fellegi-Sunter model, training, scoring, clustering. */
package io.primaryinterop.mpi.core;
