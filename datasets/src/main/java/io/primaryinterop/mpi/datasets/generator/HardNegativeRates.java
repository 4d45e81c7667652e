package io.primaryinterop.mpi.datasets.generator;

/**
 * How often a newly drawn person brings a hard negative along: the probability, per primary person, of a
 * twin, a junior or senior of the same name, a household member, a same-name stranger.
 */
public record HardNegativeRates(double twin, double juniorSenior, double household, double sameName) {
    public HardNegativeRates {
        check("twin", twin);
        check("junior_senior", juniorSenior);
        check("household", household);
        check("same_name", sameName);
    }

    private static void check(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("hard-negative rate " + name + " must be in [0,1]: " + rate);
        }
    }

    public HardNegativeRates scaled(double factor) {
        return new HardNegativeRates(Math.min(1, twin * factor), Math.min(1, juniorSenior * factor),
                Math.min(1, household * factor), Math.min(1, sameName * factor));
    }
}
