package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.core.cluster.CannotLink;
import io.primaryinterop.mpi.core.cluster.ClusteringSettings;
import io.primaryinterop.mpi.core.cluster.Clusters;
import io.primaryinterop.mpi.core.cluster.GuardedConnectedComponents;
import io.primaryinterop.mpi.core.cluster.ScoredLinks;
import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.model.PatternRule;
import io.primaryinterop.mpi.core.scoring.TableScorer;
import java.util.List;

/**
 * The clustering facet: connected components of the links with the anti-chaining guard. Two records
 * cannot be linked when their comparisons alone (the prior left out) sum to less than the model's
 * {@code cannotLinkWeight}, or when their gamma pattern meets one of the model's cannot-link rules (a twin,
 * a junior or senior: see {@link io.primaryinterop.mpi.core.model.PatternRule}); no cluster may hold two
 * such records, unless the link that would merge their clusters explains the rule (see
 * {@link GuardedConnectedComponents}). Links whose pair meets a review rule are {@link #holdForReview held out}
 * before clustering: they are never made automatically (a record held from a cluster may still join it through a
 * third record it links to without a review rule).
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

    /**
     * The guard's test on two rows of the clusters a link would merge: their comparisons sum too low, or a
     * cannot-link rule holds between them that is not {@linkplain io.primaryinterop.mpi.core.model.PatternRule#linkExplains
     * explained} {@linkplain MatchModel#explainsAcross all along the chain} from one row through the link to the
     * other (given names or national id agreeing). On the linked pair a rule always holds.
     */
    public CannotLink cannotLink() {
        double prior = scorer.priorWeight();
        return (left, right) -> {
            long linkPattern = scorer.pattern(left, right);
            return (a, b) -> {
                long pattern = scorer.pattern(a, b);
                if (scorer.matchWeight(pattern, a, b) - prior < cannotLinkWeight) {
                    return true;
                }
                if (!model.cannotLink(pattern)) {
                    return false;
                }
                // a is of left's cluster, b of right's
                boolean isLink = a == left && b == right;
                return isLink || !model.explainsAcross(pattern, linkPattern,
                        a == left ? linkPattern : scorer.pattern(a, left), b == right ? linkPattern : scorer.pattern(b, right));
            };
        };
    }

    /**
     * Splits links by the model's review rules: a link whose pair meets one (and no cannot-link rule: that pair
     * is no review case, the guard refuses it) is held out; the others are returned to be clustered.
     */
    public ReviewHolds holdForReview(ScoredLinks links) {
        if (model.spec().reviewRules().isEmpty()) {
            return new ReviewHolds(links, new ScoredLinks(16), new int[0], List.of());
        }
        ScoredLinks linked = new ScoredLinks(links.size());
        ScoredLinks held = new ScoredLinks(16);
        int[] rules = new int[16];
        for (int i = 0; i < links.size(); i++) {
            int a = links.left(i);
            int b = links.right(i);
            long pattern = scorer.pattern(a, b);
            int rule = model.cannotLink(pattern) ? -1 : model.reviewRule(pattern);
            if (rule < 0) {
                linked.add(a, b, links.matchWeight(i));
            } else {
                rules = ReviewHolds.grow(rules, held.size() + 1);
                rules[held.size()] = rule;
                held.add(a, b, links.matchWeight(i));
            }
        }
        return new ReviewHolds(linked, held, rules, model.spec().reviewRules().stream()
                .map(PatternRule::label).toList());
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
