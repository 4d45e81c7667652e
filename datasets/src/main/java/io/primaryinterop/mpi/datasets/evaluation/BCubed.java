package io.primaryinterop.mpi.datasets.evaluation;

/**
 * B-cubed precision and recall (Bagga and Baldwin): per record, the share of its cluster that is the same
 * person (precision) and the share of its person that is in its cluster (recall), averaged over records.
 * Unlike pairwise metrics, a large wrong merge does not dominate.
 */
public record BCubed(double precision, double recall) {

    public BCubed {
        if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1)) {
            throw new IllegalArgumentException("B-cubed values must be in [0,1]: " + precision + ", " + recall);
        }
    }

    public double f1() {
        return Metrics.f1(precision, recall);
    }
}
