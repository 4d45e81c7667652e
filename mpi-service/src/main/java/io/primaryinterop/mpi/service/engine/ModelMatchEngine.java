package io.primaryinterop.mpi.service.engine;

import io.primaryinterop.mpi.blocking.BlockingRule;
import io.primaryinterop.mpi.core.model.Contribution;
import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.model.PairScore;
import io.primaryinterop.mpi.core.model.Thresholds;
import io.primaryinterop.mpi.core.normalize.NormalizedRecord;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.training.GammaPattern;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.domain.ScoreContribution;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's engine over the batch engine's compiled {@link MatchModel}: the same normalizer,
 * the same blocking rules (so the key index finds what batch blocking would pair) and the same scores.
 */
public final class ModelMatchEngine implements MatchEngine {

    private static final String PROBE_ID = "probe";
    private static final PairRules CANNOT_LINK = new PairRules(true, null);
    private static final PairRules NO_RULE = new PairRules(false, null);

    private final MatchModel model;
    private final List<BlockingRule> rules;

    public ModelMatchEngine(MatchModel model) {
        this.model = model;
        this.rules = model.blockingRules().rules();
    }

    @Override
    public String modelVersion() {
        return model.spec().version();
    }

    @Override
    public DecisionThresholds thresholds() {
        Thresholds t = model.thresholds();
        return new DecisionThresholds(t.matchProbability(), t.reviewProbability());
    }

    @Override
    public Probe prepare(RecordFields r) {
        // A read-only probe may come without an identity; the engine's record type requires a record id.
        String recordId = r.recordId() == null || r.recordId().isBlank() ? PROBE_ID : r.recordId();
        NormalizedRecord normalized = model.normalizer().normalize(new PatientRecord(recordId, r.source(),
                r.givenName(), r.middleName(), r.familyName(), r.sex(), r.birthDate(), r.addressLine(), r.city(),
                r.state(), r.postalCode(), r.country(), r.phone(), r.email(), r.nationalId()));
        return new ModelProbe(normalized, rules);
    }

    @Override
    public PairMatch score(Probe left, Probe right) {
        PairScore score = model.score(normalizedOf(left), normalizedOf(right));
        List<ScoreContribution> contributions = new ArrayList<>(score.contributions().size());
        long pattern = 0;
        for (int c = 0; c < score.contributions().size(); c++) {
            Contribution contribution = score.contributions().get(c);
            contributions.add(new ScoreContribution(contribution.comparison(), contribution.level(),
                    contribution.matchWeight()));
            pattern |= (long) contribution.levelIndex() << (c * GammaPattern.BITS);
        }
        return new PairMatch(score.matchWeight(), score.matchProbability(), contributions, rules(pattern).reviewRule());
    }

    @Override
    public PairRules rules(Probe left, Probe right) {
        return rules(model.pattern(normalizedOf(left), normalizedOf(right)));
    }

    private PairRules rules(long pattern) {
        if (model.cannotLink(pattern) || tooLow(pattern)) {
            return CANNOT_LINK;
        }
        int rule = model.reviewRule(pattern);
        return rule < 0 ? NO_RULE : new PairRules(false, model.reviewRuleLabel(rule));
    }

    @Override
    public boolean linkExplains(Probe record, Probe linkEnd, Probe other) {
        NormalizedRecord r = normalizedOf(record);
        NormalizedRecord end = normalizedOf(linkEnd);
        NormalizedRecord o = normalizedOf(other);
        long pattern = model.pattern(r, o);
        long link = model.pattern(r, end);
        return !tooLow(pattern) && model.explainsAcross(pattern, link, link, other == linkEnd ? link : model.pattern(o, end));
    }

    /** Whether the pair's comparisons alone sum below the model's cannot-link weight. */
    private boolean tooLow(long pattern) {
        double comparisonsWeight = 0;
        for (int c = 0; c < model.comparisonCount(); c++) {
            comparisonsWeight += model.levelWeight(c, GammaPattern.level(pattern, c));
        }
        return comparisonsWeight < model.thresholds().cannotLinkWeight();
    }

    /** The pair's level index per comparison (learning from labelled pairs). */
    public int[] levels(Probe left, Probe right) {
        return GammaPattern.unpack(model.pattern(normalizedOf(left), normalizedOf(right)), model.comparisonCount());
    }

    private static NormalizedRecord normalizedOf(Probe probe) {
        if (probe instanceof ModelProbe p) {
            return p.normalized();
        }
        throw new IllegalArgumentException("not prepared by this engine: " + probe.getClass().getName());
    }

    /**
     * A normalized record; its blocking keys are computed on first use, since candidates read from the store
     * are only scored (the keys were a tenth of a match's CPU). Used by one thread at a time.
     */
    private static final class ModelProbe implements Probe {
        private final NormalizedRecord normalized;
        private final List<BlockingRule> rules;
        private List<BlockingKey> keys;

        ModelProbe(NormalizedRecord normalized, List<BlockingRule> rules) {
            this.normalized = normalized;
            this.rules = rules;
        }

        NormalizedRecord normalized() {
            return normalized;
        }

        @Override
        public List<BlockingKey> blockingKeys() {
            if (keys == null) {
                List<BlockingKey> computed = new ArrayList<>(rules.size());
                for (int i = 0; i < rules.size(); i++) {
                    String key = rules.get(i).key(normalized);
                    if (key != null) {
                        computed.add(BlockingKey.of(i, rules.get(i).text(), key));
                    }
                }
                keys = List.copyOf(computed);
            }
            return keys;
        }
    }
}
