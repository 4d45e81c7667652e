package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.core.cluster.CannotLink;
import io.primaryinterop.mpi.core.cluster.ClusteringSettings;
import io.primaryinterop.mpi.core.cluster.Clusters;
import io.primaryinterop.mpi.core.cluster.GuardedConnectedComponents;
import io.primaryinterop.mpi.core.cluster.ScoredLinks;
import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.scoring.TableScorer;

/**
 * The clustering facet: connected components of the links with the anti-chaining guard. Two records
 * cannot be linked when their comparisons alone (the prior left out) sum to less than the model's
 * {@code cannotLinkWeight}, or when their gamma pattern meets one of the model's cannot-link rules (a twin,
 * a junior or senior: see {@link io.primaryinterop.mpi.core.model.CannotLinkRule}); no cluster may hold two
 * such records (see {@link GuardedConnectedComponents}).
 */
public final class Clustering {
    private final TableScorer scorer;
    private final MatchModel model;
    private final double cannotLinkWeight;

    Clustering(TableScorer scorer, MatchModel model) {
        this.scorer = scorer;
        this.model = model;
        this.cannotLinkWeight = model.thresholds().cannotLinkWeight();
    }

    /** The guard's test on two rows. */
    public CannotLink cannotLink() {
        double prior = scorer.priorWeight();
        return (a, b) -> {
            long pattern = scorer.pattern(a, b);
            return model.cannotLink(pattern) || scorer.matchWeight(pattern, a, b) - prior < cannotLinkWeight;
        };
    }

    /** Clusters all rows of the table by the links, with the guard. */
    public Clusters connectedComponents(ScoredLinks links, ClusteringSettings settings) {
        return new GuardedConnectedComponents(cannotLink(), settings).cluster(scorer.table().size(), links);
    }

    /** Clusters without the guard: the plain connected components. */
    public Clusters unguardedConnectedComponents(ScoredLinks links) {
        return new GuardedConnectedComponents(CannotLink.never(), ClusteringSettings.unlimited())
                .cluster(scorer.table().size(), links);
    }
}
