package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.application.AuditLog.Change;
import io.primaryinterop.mpi.service.domain.Decision;
import io.primaryinterop.mpi.service.domain.MpiException.Conflict;
import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import io.primaryinterop.mpi.service.domain.MpiException.ReviewNotFound;
import io.primaryinterop.mpi.service.domain.Review;
import io.primaryinterop.mpi.service.domain.ReviewDecision;
import io.primaryinterop.mpi.service.domain.ScoreContribution;
import io.primaryinterop.mpi.service.engine.MatchEngine;
import io.primaryinterop.mpi.service.engine.PairMatch;
import io.primaryinterop.mpi.service.engine.Probe;
import io.primaryinterop.mpi.service.store.LinkRepository;
import io.primaryinterop.mpi.service.store.NoMatchRepository;
import io.primaryinterop.mpi.service.store.PersonRepository;
import io.primaryinterop.mpi.service.store.RecordRepository;
import io.primaryinterop.mpi.service.store.ReviewQueueRepository;
import io.primaryinterop.mpi.service.store.ReviewQueueRepository.Filter;
import io.primaryinterop.mpi.service.store.ReviewQueueRepository.ReviewRow;
import io.primaryinterop.mpi.service.store.ReviewQueueRepository.SortKey;
import io.primaryinterop.mpi.service.store.ReviewTaskRepository;
import io.primaryinterop.mpi.service.store.StoredLink;
import io.primaryinterop.mpi.service.store.StoredPerson;
import io.primaryinterop.mpi.service.store.StoredRecord;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The review queue: list and count tasks, show one with both sides and the pair's score, and record a
 * steward's decision (optimistic concurrency: the decision names the version it was made on).
 */
@Singleton
public final class ReviewService {

    private final Transactions transactions;
    private final ReviewQueueRepository reviews;
    private final RecordRepository records;
    private final PersonRepository persons;
    private final LinkRepository links;
    private final NoMatchRepository noMatches;
    private final IdentityService identity;
    private final QueryService queries;
    private final MatchEngine engine;
    private final AuditLog audit;

    ReviewService(Transactions transactions, ReviewQueueRepository reviews, RecordRepository records,
                  PersonRepository persons, LinkRepository links, NoMatchRepository noMatches, IdentityService identity,
                  QueryService queries, MatchEngine engine, AuditLog audit) {
        this.transactions = transactions;
        this.reviews = reviews;
        this.records = records;
        this.persons = persons;
        this.links = links;
        this.noMatches = noMatches;
        this.identity = identity;
        this.queries = queries;
        this.engine = engine;
        this.audit = audit;
    }

    public Review.Page list(Review.Query query) {
        LocalDateTime now = AuditLog.now();
        Filter filter = new Filter(query.status(), query.minProbability(), query.maxProbability(), query.source(),
                query.maxAge() == null ? null : now.minus(query.maxAge()),
                query.minAge() == null ? null : now.minus(query.minAge()));
        boolean descending = query.sort().startsWith("-");
        SortKey key = query.sort().endsWith("probability") ? SortKey.PROBABILITY : SortKey.CREATED_AT;
        return transactions.inTransaction(tx -> {
            List<Review.Summary> items = reviews.page(tx, filter, key, descending, query.page() * query.size(), query.size())
                    .stream().map(ReviewService::summary).toList();
            return new Review.Page(items, query.page(), query.size(), reviews.count(tx, filter),
                    reviews.countsByStatus(tx, filter));
        });
    }

    public Review.Details details(long reviewId) {
        return transactions.inTransaction(tx -> details(tx, reviewId));
    }

    /** Decides the task if it is still at {@code version} and undecided (OPEN or SKIPPED); else 409. */
    public Review.Details decide(long reviewId, ReviewDecision decision, String note, int version, String actor) {
        if (decision == null) {
            throw new InvalidRecord("decision", "is required: MATCH, NO_MATCH or SKIP");
        }
        IdentityService.requireActor(actor);
        return transactions.inTransaction(tx -> {
            ReviewRow task = reviews.byId(tx, reviewId).orElseThrow(() -> new ReviewNotFound(reviewId));
            StoredRecord record = records.byIds(tx, List.of(task.recordRowId())).get(0);
            StoredPerson candidate = identity.current(tx, persons.byId(tx, task.personRowId()).orElseThrow());
            long recordPerson = links.byRecord(tx, record.id()).orElseThrow().personId();
            identity.lockRecordsOf(tx, candidate.id(), recordPerson);
            task = reviews.lock(tx, reviewId).orElseThrow();
            if (task.version() != version) {
                throw new Conflict("review " + reviewId + " is at version " + task.version() + ", not " + version
                        + ": someone changed it; reload it and decide again");
            }
            if (!ReviewTaskRepository.OPEN.equals(task.status()) && !ReviewQueueRepository.SKIPPED.equals(task.status())) {
                throw new Conflict("review " + reviewId + " is already " + task.status());
            }
            candidate = identity.current(tx, persons.byId(tx, task.personRowId()).orElseThrow());
            LocalDateTime now = AuditLog.now();
            Map<String, Object> after = new LinkedHashMap<>();
            String status = switch (decision) {
                case MATCH -> match(tx, task, record, candidate, after, now);
                case NO_MATCH -> noMatch(tx, task, record, candidate, after, now);
                case SKIP -> ReviewQueueRepository.SKIPPED;
            };
            if (!reviews.decide(tx, reviewId, version, status, actor, note, now)) {
                throw new Conflict("review " + reviewId + " changed while it was being decided; reload it");
            }
            after.put("reviewId", reviewId);
            after.put("status", status);
            after.put("version", version + 1);
            audit.record(tx, new Change(actor, "REVIEW_" + decision.name(), List.of(candidate.id(), task.personRowId()),
                    List.of(record.id()), AuditLog.document("reviewId", reviewId, "status", task.status(), "version", version,
                            "candidatePersonId", task.personId()), after, note), now);
            return details(tx, reviewId);
        });
    }

    private String match(DSLContext tx, ReviewRow task, StoredRecord record, StoredPerson candidate,
                         Map<String, Object> after, LocalDateTime now) {
        if (!StoredPerson.ACTIVE.equals(candidate.status())) {
            throw new Conflict("the candidate person " + candidate.enterpriseId() + " is " + candidate.status()
                    + " and has no records to match any more");
        }
        IdentityService.Relinked relinked = identity.relinkManually(tx, record, candidate, Decision.LINKED, task.id(), now);
        after.put("personId", candidate.enterpriseId());
        after.put("previousPersonId", relinked.from().enterpriseId());
        after.put("previousPersonStatus", relinked.fromStatusAfter());
        after.put("linkType", StoredLink.LinkType.MANUAL.name());
        after.put("changedGoldenFields", relinked.changedTo());
        return ReviewQueueRepository.MATCHED;
    }

    private String noMatch(DSLContext tx, ReviewRow task, StoredRecord record, StoredPerson candidate,
                           Map<String, Object> after, LocalDateTime now) {
        if (links.byRecord(tx, record.id()).orElseThrow().personId() == candidate.id()) {
            throw new Conflict("the record is linked to the candidate person " + candidate.enterpriseId()
                    + " by now; unlink it instead");
        }
        List<Long> others = links.byPerson(tx, candidate.id()).stream().map(StoredLink::recordId).toList();
        noMatches.remember(tx, record.id(), others, task.id(), now);
        after.put("noMatchPairs", others.size());
        return ReviewQueueRepository.NO_MATCH;
    }

    private Review.Details details(DSLContext tx, long reviewId) {
        ReviewRow task = reviews.byId(tx, reviewId).orElseThrow(() -> new ReviewNotFound(reviewId));
        StoredRecord record = records.byIds(tx, List.of(task.recordRowId())).get(0);
        StoredPerson candidate = identity.current(tx, persons.byId(tx, task.personRowId()).orElseThrow());
        List<StoredRecord> candidateRecords = records.byIds(tx,
                links.byPerson(tx, candidate.id()).stream().map(StoredLink::recordId).filter(id -> id != record.id()).toList());
        Probe probe = engine.prepare(record.fields());
        StoredRecord bestRecord = null;
        PairMatch best = null;
        for (StoredRecord other : candidateRecords) {
            PairMatch score = engine.score(probe, engine.prepare(other.fields()));
            if (best == null || score.matchWeight() > best.matchWeight()) {
                best = score;
                bestRecord = other;
            }
        }
        Review.Comparison comparison = best == null ? null : comparison(best);
        return new Review.Details(summary(task), record.fields(), queries.person(tx, candidate),
                bestRecord == null ? null : bestRecord.fields(), comparison);
    }

    private static Review.Comparison comparison(PairMatch pair) {
        double sum = 0;
        List<ScoreContribution> steps = new ArrayList<>(pair.contributions());
        for (ScoreContribution c : steps) {
            sum += c.matchWeight();
        }
        return new Review.Comparison(pair.probability(), pair.matchWeight(), pair.matchWeight() - sum, steps);
    }

    private static Review.Summary summary(ReviewRow r) {
        return new Review.Summary(r.id(), r.status(), r.version(), r.source(), r.recordId(), r.recordPersonId(),
                r.personId(), r.probability(), r.matchWeight(), r.modelVersion(), r.createdAt(), r.updatedAt(),
                r.decidedBy(), r.decidedAt(), r.note(), r.reason());
    }
}
