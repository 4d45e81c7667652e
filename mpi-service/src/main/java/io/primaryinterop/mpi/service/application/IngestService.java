package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.Candidate;
import io.primaryinterop.mpi.service.domain.Decision;
import io.primaryinterop.mpi.service.domain.GoldenRecord;
import io.primaryinterop.mpi.service.domain.GoldenRecord.Contributor;
import io.primaryinterop.mpi.service.domain.IngestResult;
import io.primaryinterop.mpi.service.domain.PayloadHash;
import io.primaryinterop.mpi.service.domain.PlaceholderPatients;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.engine.BlockingKey;
import io.primaryinterop.mpi.service.engine.DecisionThresholds;
import io.primaryinterop.mpi.service.engine.MatchEngine;
import io.primaryinterop.mpi.service.engine.PairRules;
import io.primaryinterop.mpi.service.engine.Probe;
import io.primaryinterop.mpi.service.store.AuditRepository;
import io.primaryinterop.mpi.service.store.AuditRepository.AuditEvent;
import io.primaryinterop.mpi.service.store.KeyIndexRepository;
import io.primaryinterop.mpi.service.store.KeyLockRepository;
import io.primaryinterop.mpi.service.store.LinkRepository;
import io.primaryinterop.mpi.service.store.PersonRepository;
import io.primaryinterop.mpi.service.store.RecordRepository;
import io.primaryinterop.mpi.service.store.StoredLink;
import io.primaryinterop.mpi.service.store.StoredLink.LinkType;
import io.primaryinterop.mpi.service.store.StoredPerson;
import io.primaryinterop.mpi.service.store.StoredRecord;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest (match-on-ingest) and read-only match. One transaction per ingest: lock the record's
 * blocking keys, read candidates, decide, write record, keys, person, link, review tasks and audit
 * event; commit or leave nothing. A new record costs 8 statements (9 when linked, one more with review
 * tasks): see docs/service.md.
 */
@Singleton
public final class IngestService {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    static final String ACTOR = "ingest";

    private final MatchEngine engine;
    private final CandidateFinder candidates;
    private final Transactions transactions;
    private final KeyLockRepository keyLocks;
    private final RecordRepository records;
    private final PersonRepository persons;
    private final LinkRepository links;
    private final KeyIndexRepository keyIndex;
    private final ReviewTasks reviewTasks;
    private final AuditRepository audit;
    private final double autoLinkThreshold;
    private final double reviewThreshold;
    private final GoldenRecords goldenRecords;
    private final PlaceholderPatients placeholders;

    IngestService(MatchEngine engine, CandidateFinder candidates, Transactions transactions, KeyLockRepository keyLocks,
                  RecordRepository records, PersonRepository persons, LinkRepository links,
                  KeyIndexRepository keyIndex, ReviewTasks reviewTasks, AuditRepository audit,
                  DecisionThresholds thresholds, GoldenRecords goldenRecords, PlaceholderPatients placeholders) {
        this.engine = engine;
        this.candidates = candidates;
        this.transactions = transactions;
        this.keyLocks = keyLocks;
        this.records = records;
        this.persons = persons;
        this.links = links;
        this.keyIndex = keyIndex;
        this.reviewTasks = reviewTasks;
        this.audit = audit;
        this.autoLinkThreshold = thresholds.autoLink();
        this.reviewThreshold = thresholds.review();
        this.goldenRecords = goldenRecords;
        this.placeholders = placeholders;
    }

    /** Ingests or updates the record identified by (source, recordId); an identical repeat changes nothing. */
    public IngestResult ingest(RecordFields fields, String rawPayload) {
        return ingest(fields, rawPayload, ACTOR);
    }

    /** As {@link #ingest(RecordFields, String)}, with who sends the record as the audit trail's actor. */
    public IngestResult ingest(RecordFields fields, String rawPayload, String actor) {
        RecordChecks.check(fields);
        Probe probe = engine.prepare(fields);
        String payloadHash = PayloadHash.of(fields);
        int[] stripes = stripes(fields, probe);
        IngestResult result = transactions.inTransaction(tx -> {
            keyLocks.lock(tx, stripes);
            Optional<StoredRecord> existing = records.find(tx, fields.source(), fields.recordId());
            if (existing.isEmpty()) {
                return ingestNew(tx, fields, rawPayload, payloadHash, probe, actor);
            }
            if (existing.get().payloadHash().equals(payloadHash)) {
                return replay(tx, existing.get(), probe);
            }
            return update(tx, existing.get(), fields, rawPayload, payloadHash, probe, actor);
        });
        LOG.debug("ingest -> person {} decision {} changed {}", result.personId(), result.decision(), result.changed());
        return result;
    }

    /**
     * Re-match: re-evaluates one stored record's AUTO link with the engine of this thread (the active model, or a
     * candidate during a dry-run), as an update with unchanged values would, in one transaction under the record's
     * key locks. MANUAL links are never touched. The transaction is rolled back, nothing written, when the outcome
     * is unchanged or {@code dryRun}; otherwise the change is applied and audited as REMATCH by {@code actor}.
     */
    public Reevaluation reevaluate(long recordRowId, boolean dryRun, String actor) {
        StoredRecord stored = records.byIds(transactions.dsl(), List.of(recordRowId)).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no record row " + recordRowId));
        RecordFields fields = stored.fields();
        Probe probe = engine.prepare(fields);
        int[] stripes = stripes(fields, probe);
        try {
            return transactions.inTransaction(tx -> {
                keyLocks.lock(tx, stripes);
                StoredLink link = links.byRecord(tx, recordRowId).orElseThrow(() -> unlinked(stored));
                String before = persons.byId(tx, link.personId()).orElseThrow().enterpriseId();
                if (link.linkType() == LinkType.MANUAL) {
                    return new Reevaluation(recordRowId, fields.source(), fields.recordId(), before, link.decision(),
                            before, link.decision(), true);
                }
                IngestResult after = update(tx, stored, fields, stored.rawPayload(), stored.payloadHash(), probe, actor);
                Reevaluation outcome = new Reevaluation(recordRowId, fields.source(), fields.recordId(), before,
                        link.decision(), after.personId(), after.decision(), false);
                if (dryRun || !outcome.changed()) {
                    throw new RollBack(outcome);
                }
                audit.append(tx, new AuditEvent(now(), actor, "REMATCH", recordRowId, null,
                        "{\"personId\":\"" + before + "\",\"decision\":\"" + link.decision() + "\"}",
                        "{\"personId\":\"" + after.personId() + "\",\"decision\":\"" + after.decision()
                                + "\",\"modelVersion\":\"" + engine.modelVersion() + "\"}", "model version activated"));
                return outcome;
            });
        } catch (RollBack rolledBack) {
            return rolledBack.outcome;
        }
    }

    /** Leaves a re-evaluation's transaction without a trace, carrying its outcome out. */
    private static final class RollBack extends RuntimeException {
        private final transient Reevaluation outcome;

        RollBack(Reevaluation outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /** Ranked candidate persons for a probe record, nothing written. */
    public List<Candidate> match(RecordFields probeFields, int limit, double minProbability) {
        RecordChecks.checkProbe(probeFields);
        Probe probe = engine.prepare(probeFields);
        return candidates.rank(transactions.dsl(), probe, null).stream()
                .filter(p -> p.best().probability() >= minProbability)
                .limit(limit)
                .map(ScoredPerson::toCandidate)
                .toList();
    }

    /**
     * A record not seen before. Statements: candidates (1), the linked person's records when linking (1), record,
     * keys, person (insert, or golden update), link, review tasks (when any) and audit event (1 each).
     */
    private IngestResult ingestNew(DSLContext tx, RecordFields fields, String raw, String hash, Probe probe, String actor) {
        LocalDateTime now = now();
        List<ScoredPerson> ranked = candidates.rank(tx, probe, null);
        Outcome outcome = decide(tx, probe, ranked, null, placeholders.isPlaceholder(fields));
        long recordRowId = records.insert(tx, fields, raw, hash, now);
        keyIndex.insertKeys(tx, recordRowId, probe.blockingKeys());
        Contributor self = new Contributor(recordRowId, fields, now, now);
        String personId;
        long personRowId;
        if (outcome.decision() == Decision.LINKED) {
            personRowId = outcome.best().personRowId();
            personId = outcome.best().enterpriseId();
            links.insert(tx, recordRowId, personRowId, outcome.best().best().matchWeight(),
                    outcome.best().best().probability(), LinkType.AUTO, Decision.LINKED, engine.modelVersion(), now);
            goldenRecords.write(tx, personRowId, golden(outcome.members(), self), now);
        } else {
            StoredPerson person = insertPerson(tx, golden(List.of(), self), now);
            personRowId = person.id();
            personId = person.enterpriseId();
            links.insert(tx, recordRowId, personRowId, null, null, LinkType.AUTO, outcome.decision(), engine.modelVersion(), now);
            reviewTasks.open(tx, recordRowId, outcome.reviewable(), outcome.reason(), engine.modelVersion(), now);
        }
        audit.append(tx, new AuditEvent(now, actor, "INGEST", recordRowId, personRowId, null,
                decisionJson(outcome, personId), outcome.reason()));
        return new IngestResult(personId, outcome.decision(), toCandidates(ranked), true);
    }

    private IngestResult replay(DSLContext tx, StoredRecord stored, Probe probe) {
        StoredLink link = links.byRecord(tx, stored.id()).orElseThrow(() -> unlinked(stored));
        String personId = persons.byId(tx, link.personId()).orElseThrow().enterpriseId();
        return new IngestResult(personId, link.decision(), toCandidates(candidates.rank(tx, probe, stored.id())), false);
    }

    private IngestResult update(DSLContext tx, StoredRecord stored, RecordFields fields, String raw, String hash, Probe probe,
                                String actor) {
        LocalDateTime now = now();
        long recordRowId = stored.id();
        records.update(tx, recordRowId, fields, raw, hash, now);
        Contributor self = new Contributor(recordRowId, fields, stored.createdAt(), now);
        keyIndex.replaceKeys(tx, recordRowId, probe.blockingKeys());
        StoredLink link = links.byRecord(tx, recordRowId).orElseThrow(() -> unlinked(stored));
        List<ScoredPerson> ranked = candidates.rank(tx, probe, recordRowId);
        StoredPerson current = persons.byId(tx, link.personId()).orElseThrow();
        List<StoredRecord> othersOfCurrent = others(records.byPerson(tx, current.id()), recordRowId);
        if (link.linkType() == LinkType.MANUAL) {
            // A steward's decision stands: the record's values change, its person does not.
            goldenRecords.write(tx, current.id(), golden(othersOfCurrent, self), now);
            audit.append(tx, new AuditEvent(now, actor, "UPDATE", recordRowId, current.id(), null,
                    "{\"decision\":\"LINKED\",\"linkType\":\"MANUAL\"}", "manual link kept"));
            return new IngestResult(current.enterpriseId(), Decision.LINKED, toCandidates(ranked), true);
        }
        reviewTasks.supersede(tx, recordRowId, now);
        Outcome outcome = decide(tx, probe, ranked, recordRowId, placeholders.isPlaceholder(fields));
        long targetRowId;
        String targetId;
        if (outcome.decision() == Decision.LINKED) {
            targetRowId = outcome.best().personRowId();
            targetId = outcome.best().enterpriseId();
            links.relink(tx, link.id(), targetRowId, outcome.best().best().matchWeight(),
                    outcome.best().best().probability(), Decision.LINKED, engine.modelVersion(), now);
            goldenRecords.write(tx, targetRowId, golden(outcome.members(), self), now);
        } else {
            if (!othersOfCurrent.isEmpty()) {
                // It no longer matches the records it was linked with: it leaves them for a person of its own.
                StoredPerson own = insertPerson(tx, golden(List.of(), self), now);
                targetRowId = own.id();
                targetId = own.enterpriseId();
            } else {
                targetRowId = current.id();
                targetId = current.enterpriseId();
                goldenRecords.write(tx, targetRowId, golden(List.of(), self), now);
            }
            links.relink(tx, link.id(), targetRowId, null, null, outcome.decision(), engine.modelVersion(), now);
            reviewTasks.open(tx, recordRowId, outcome.reviewable(), outcome.reason(), engine.modelVersion(), now);
        }
        if (targetRowId != current.id()) {
            if (othersOfCurrent.isEmpty()) {
                persons.updateStatus(tx, current.id(), StoredPerson.RETIRED, now);
            } else {
                goldenRecords.write(tx, current.id(), golden(othersOfCurrent, null), now);
            }
        }
        audit.append(tx, new AuditEvent(now, actor, "UPDATE", recordRowId, targetRowId,
                "{\"personId\":\"" + current.enterpriseId() + "\",\"decision\":\"" + link.decision() + "\"}",
                decisionJson(outcome, targetId), outcome.reason()));
        return new IngestResult(targetId, outcome.decision(), toCandidates(ranked), true);
    }

    /**
     * LINKED to the best candidate person at or above the auto-link threshold, unless the record cannot be
     * linked with one of that person's records (the model's cannot-link rules, as in batch clustering), or a review
     * rule holds back its pairs with that person's records: then REVIEW, so a steward decides. As in batch, a pair
     * held by a review rule is no link, but the record still links when it scores at or above the threshold with
     * another of the person's records and meets no review rule with that one. Otherwise REVIEW with the candidates
     * at or above the review threshold, or NEW_PERSON. {@code ownRecordRowId} (an updated record, or null) is not
     * one of the person's records. A placeholder patient on either side is never linked automatically either: REVIEW.
     */
    private Outcome decide(DSLContext tx, Probe probe, List<ScoredPerson> ranked, Long ownRecordRowId, boolean placeholder) {
        String reason = null;
        if (!ranked.isEmpty() && ranked.get(0).best().probability() >= autoLinkThreshold
                && (placeholder || ranked.get(0).placeholder())) {
            // A placeholder patient (JOHN DOE, 1900-01-01...), on either side, is never linked automatically.
            reason = "placeholder patient";
        } else if (!ranked.isEmpty() && ranked.get(0).best().probability() >= autoLinkThreshold) {
            ScoredPerson best = ranked.get(0);
            List<StoredRecord> members = others(records.byPerson(tx, best.personRowId()), ownRecordRowId);
            reason = heldBack(probe, members);
            if (reason == null) {
                return new Outcome(Decision.LINKED, best, List.of(), members, null);
            }
        }
        List<ScoredPerson> reviewable = ranked.stream().filter(p -> p.best().probability() >= reviewThreshold).toList();
        return new Outcome(reviewable.isEmpty() ? Decision.NEW_PERSON : Decision.REVIEW, null, reviewable, List.of(), reason);
    }

    /**
     * Why the record may not be linked automatically to a person with these records, or null: it cannot link with
     * one of them and no link to another explains that (as in batch clustering: the link's given names or national
     * id agree, and so do the other record's with the link's end), or a review rule holds back each of its pairs at
     * or above the auto-link threshold.
     */
    private String heldBack(Probe probe, List<StoredRecord> members) {
        String reviewRule = null;
        List<Probe> free = new ArrayList<>(members.size());
        List<Probe> cannotLink = new ArrayList<>();
        for (StoredRecord member : members) {
            Probe other = engine.prepare(member.fields());
            PairRules rules = engine.rules(probe, other);
            if (rules.cannotLink()) {
                cannotLink.add(other);
            } else if (rules.reviewRule() == null) {
                free.add(other);
            } else if (reviewRule == null) {
                reviewRule = rules.reviewRule();
            }
        }
        // scored only when a rule held a pair: the record may still link through one of the person's other records
        List<Probe> linkEnds = reviewRule == null && cannotLink.isEmpty() ? free
                : free.stream().filter(other -> engine.score(probe, other).probability() >= autoLinkThreshold).toList();
        if (!cannotLink.isEmpty() && linkEnds.stream().noneMatch(end -> cannotLink.stream()
                .allMatch(other -> engine.linkExplains(probe, end, other)))) {
            return "cannot-link with a record of the best candidate person";
        }
        return reviewRule == null || !linkEnds.isEmpty() ? null : ReviewTasks.reviewRuleReason(reviewRule);
    }

    /** The golden record (configured survivorship, with provenance) of a person's other records and this one (or none). */
    private GoldenRecord golden(List<StoredRecord> others, Contributor newest) {
        return goldenRecords.compute(others, newest);
    }

    private StoredPerson insertPerson(DSLContext tx, GoldenRecord golden, LocalDateTime now) {
        return persons.insert(tx, golden.values(), goldenRecords.provenanceJson(golden), now);
    }

    private static List<StoredRecord> others(List<StoredRecord> records, Long recordRowId) {
        return recordRowId == null ? records : records.stream().filter(r -> r.id() != recordRowId).toList();
    }

    /** The record's identity and its keys, as lock stripes: the identity one serializes repeats of one record. */
    private static int[] stripes(RecordFields fields, Probe probe) {
        List<BlockingKey> keys = probe.blockingKeys();
        int[] stripes = new int[keys.size() + 1];
        stripes[0] = KeyLockRepository.stripeOf(BlockingKey.of(-1, "identity", fields.source() + '\u0000' + fields.recordId()).hash());
        for (int i = 0; i < keys.size(); i++) {
            stripes[i + 1] = KeyLockRepository.stripeOf(keys.get(i).hash());
        }
        return stripes;
    }

    private static List<Candidate> toCandidates(List<ScoredPerson> ranked) {
        return ranked.stream().map(ScoredPerson::toCandidate).toList();
    }

    private static String decisionJson(Outcome outcome, String personId) {
        String probability = outcome.best() == null ? "null" : Double.toString(outcome.best().best().probability());
        return "{\"personId\":\"" + personId + "\",\"decision\":\"" + outcome.decision() + "\",\"probability\":"
                + probability + ",\"reviewCandidates\":" + outcome.reviewable().size() + "}";
    }

    private static IllegalStateException unlinked(StoredRecord stored) {
        return new IllegalStateException("record row " + stored.id() + " has no link");
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * LINKED has {@code best} and the person's other records ({@code members}, oldest first, for its golden
     * record); REVIEW has the candidates at or above the review threshold in {@code reviewable}; {@code reason}
     * says why a link was refused (or null).
     */
    private record Outcome(Decision decision, ScoredPerson best, List<ScoredPerson> reviewable,
                           List<StoredRecord> members, String reason) {
    }
}
