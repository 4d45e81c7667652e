package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.config.MpiConfiguration;
import io.primaryinterop.mpi.service.domain.PlaceholderPatients;
import io.primaryinterop.mpi.service.engine.MatchEngine;
import io.primaryinterop.mpi.service.engine.PairMatch;
import io.primaryinterop.mpi.service.engine.Probe;
import io.primaryinterop.mpi.service.store.CandidateRecord;
import io.primaryinterop.mpi.service.store.KeyIndexRepository;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Candidate persons for a probe: records sharing a blocking key (the same rules as the batch
 * engine), each scored by the model; a person's score is its best-scoring record. Ranked by
 * probability, then match weight, then the older person (lower row id): an exact tie goes the same way in every
 * store with the same history (enterprise ids are random, so they would not). One query (see
 * {@link KeyIndexRepository#candidates}).
 */
@Singleton
final class CandidateFinder {

    static final Comparator<ScoredPerson> RANKING = Comparator
            .comparingDouble((ScoredPerson p) -> p.best().probability()).reversed()
            .thenComparing(Comparator.comparingDouble((ScoredPerson p) -> p.best().matchWeight()).reversed())
            .thenComparingLong(ScoredPerson::personRowId);

    private final MatchEngine engine;
    private final KeyIndexRepository keyIndex;
    private final int maxCandidatesPerKey;
    private final PlaceholderPatients placeholders;

    CandidateFinder(MatchEngine engine, KeyIndexRepository keyIndex, MpiConfiguration configuration,
                    PlaceholderPatients placeholders) {
        this.engine = engine;
        this.keyIndex = keyIndex;
        this.maxCandidatesPerKey = configuration.maxCandidatesPerKey();
        this.placeholders = placeholders;
    }

    /**
     * Ranked candidate persons; {@code excludeRecordRowId} (the probe's own stored row, or null) is not a
     * candidate, nor is a person holding a record a steward declared not to match it (NO_MATCH, left out by
     * the candidate query).
     */
    List<ScoredPerson> rank(DSLContext ctx, Probe probe, Long excludeRecordRowId) {
        Map<Long, ScoredPerson> byPerson = new HashMap<>();
        for (CandidateRecord candidate : keyIndex.candidates(ctx, probe.blockingKeys(), maxCandidatesPerKey, excludeRecordRowId)) {
            PairMatch score = engine.score(probe, engine.prepare(candidate.fields()));
            byPerson.merge(candidate.personRowId(),
                    new ScoredPerson(candidate.personRowId(), candidate.enterpriseId(), score,
                            placeholders.isPlaceholder(candidate.fields())),
                    (a, b) -> {
                        ScoredPerson better = RANKING.compare(a, b) <= 0 ? a : b;
                        return new ScoredPerson(better.personRowId(), better.enterpriseId(), better.best(),
                                a.placeholder() || b.placeholder());
                    });
        }
        List<ScoredPerson> ranked = new ArrayList<>(byPerson.values());
        ranked.sort(RANKING);
        return ranked;
    }
}
