package io.primaryinterop.mpi.service.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.primaryinterop.mpi.service.application.AuditLog.Change;
import io.primaryinterop.mpi.service.domain.Decision;
import io.primaryinterop.mpi.service.domain.MpiException.Conflict;
import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import io.primaryinterop.mpi.service.domain.MpiException.PersonNotFound;
import io.primaryinterop.mpi.service.domain.MpiException.RecordNotFound;
import io.primaryinterop.mpi.service.domain.PersonDetails;
import io.primaryinterop.mpi.service.store.LinkRepository;
import io.primaryinterop.mpi.service.store.MergeRepository;
import io.primaryinterop.mpi.service.store.MergeRepository.StoredMerge;
import io.primaryinterop.mpi.service.store.PersonRepository;
import io.primaryinterop.mpi.service.store.RecordRepository;
import io.primaryinterop.mpi.service.store.ReviewQueueRepository;
import io.primaryinterop.mpi.service.store.StewardLinkRepository;
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
import java.util.Objects;
import java.util.stream.Stream;
import org.jooq.DSLContext;

/**
 * A steward's identity management: merge two persons, undo a merge exactly, link a record to a person
 * by hand, unlink it to a person of its own. One transaction each, each with its audit event.
 *
 * <p>An unmerge names the merged person (the redirect): it undoes the merge that made it one. It puts
 * back every moved link as it was and reactivates the person; golden records are recomputed from the
 * restored links (so equal to those before the merge). Records linked to the survivor after the merge
 * stay there. If a moved record has since been updated or relinked, or the survivor has since been
 * merged into another person, the exact state cannot come back: 409 with the reason.
 */
@Singleton
public final class IdentityService {

    static final String MERGE = "MERGE";
    static final String UNMERGE = "UNMERGE";
    static final String LINK = "LINK";
    static final String UNLINK = "UNLINK";

    private final Transactions transactions;
    private final PersonRepository persons;
    private final RecordRepository records;
    private final LinkRepository links;
    private final StewardLinkRepository stewardLinks;
    private final MergeRepository merges;
    private final ReviewQueueRepository reviews;
    private final GoldenRecords golden;
    private final RecordLocks locks;
    private final AuditLog audit;
    private final QueryService queries;
    private final ObjectMapper json;

    IdentityService(Transactions transactions, PersonRepository persons, RecordRepository records, LinkRepository links,
                    StewardLinkRepository stewardLinks, MergeRepository merges, ReviewQueueRepository reviews,
                    GoldenRecords golden, RecordLocks locks, AuditLog audit, QueryService queries, ObjectMapper json) {
        this.transactions = transactions;
        this.persons = persons;
        this.records = records;
        this.links = links;
        this.stewardLinks = stewardLinks;
        this.merges = merges;
        this.reviews = reviews;
        this.golden = golden;
        this.locks = locks;
        this.audit = audit;
        this.queries = queries;
        this.json = json;
    }

    /** What a merge replaced: the merged person's links as they were, and the versions of their records. */
    record MergeState(List<StoredLink> links, Map<Long, Integer> recordVersions) {
    }

    /** Moves every record of {@code mergedPersonId} to the survivor; the merged person becomes a redirect to it. */
    public PersonDetails merge(String survivorPersonId, String mergedPersonId, String actor, String reason) {
        requireId("survivorId", survivorPersonId);
        requireId("personId", mergedPersonId);
        if (survivorPersonId.equals(mergedPersonId)) {
            throw new InvalidRecord("personId", "must be another person than the survivor");
        }
        requireActor(actor);
        return transactions.inTransaction(tx -> {
            StoredPerson survivor = find(tx, survivorPersonId);
            StoredPerson merged = find(tx, mergedPersonId);
            lockRecordsOf(tx, survivor.id(), merged.id());
            merges.lockPersons(tx, survivor.id(), merged.id());
            survivor = requireActive(persons.byId(tx, survivor.id()).orElseThrow());
            merged = requireActive(persons.byId(tx, merged.id()).orElseThrow());
            List<StoredLink> moved = links.byPerson(tx, merged.id());
            int kept = links.countByPerson(tx, survivor.id());
            Map<Long, Integer> versions = new LinkedHashMap<>();
            records.byIds(tx, moved.stream().map(StoredLink::recordId).toList()).forEach(r -> versions.put(r.id(), r.version()));
            LocalDateTime now = AuditLog.now();
            long mergeId = merges.insert(tx, survivor.id(), merged.id(), write(new MergeState(moved, versions)), actor, now);
            stewardLinks.movePerson(tx, merged.id(), survivor.id());
            merges.markMerged(tx, merged.id(), survivor.id(), now);
            List<String> changed = golden.refresh(tx, survivor.id(), now);
            audit.record(tx, new Change(actor, MERGE, List.of(survivor.id(), merged.id()),
                    moved.stream().map(StoredLink::recordId).toList(),
                    AuditLog.document("survivorId", survivor.enterpriseId(), "mergedId", merged.enterpriseId(),
                            "mergedStatus", merged.status(), "survivorRecords", kept, "mergedRecords", moved.size()),
                    AuditLog.document("mergeId", mergeId, "mergedStatus", StoredPerson.MERGED, "mergedInto", survivor.enterpriseId(),
                            "survivorRecords", kept + moved.size(), "changedGoldenFields", changed),
                    reason), now);
            return queries.person(tx, persons.byId(tx, survivor.id()).orElseThrow());
        });
    }

    /** Undoes the merge that made {@code mergedPersonId} a redirect; returns that person as restored. */
    public PersonDetails unmerge(String mergedPersonId, String actor, String reason) {
        requireId("personId", mergedPersonId);
        requireActor(actor);
        return transactions.inTransaction(tx -> {
            StoredPerson merged = find(tx, mergedPersonId);
            StoredMerge merge = merges.activeFor(tx, merged.id()).orElseThrow(() -> new Conflict(
                    "person " + mergedPersonId + " is " + merged.status() + ", not merged: there is no merge to undo"));
            MergeState state = read(merge.stateJson());
            List<Long> movedIds = state.links().stream().map(StoredLink::recordId).toList();
            lockRecords(tx, Stream.concat(movedIds.stream(),
                    links.byPerson(tx, merge.survivorId()).stream().map(StoredLink::recordId)).distinct().toList());
            merges.lockPersons(tx, merge.survivorId(), merged.id());
            StoredPerson survivor = persons.byId(tx, merge.survivorId()).orElseThrow();
            if (StoredPerson.MERGED.equals(survivor.status())) {
                String into = persons.byId(tx, survivor.mergedInto()).orElseThrow().enterpriseId();
                throw new Conflict("person " + survivor.enterpriseId() + ", which " + mergedPersonId
                        + " was merged into, has since been merged into " + into + ": undo that merge first");
            }
            checkRestorable(tx, state, survivor);
            LocalDateTime now = AuditLog.now();
            state.links().forEach(l -> stewardLinks.restore(tx, l));
            merges.reactivate(tx, merged.id(), now);
            merges.markUndone(tx, merge.id(), actor, now);
            List<String> restored = golden.refresh(tx, merged.id(), now);
            List<String> survivorChanged = refreshOrRetire(tx, survivor.id(), now);
            audit.record(tx, new Change(actor, UNMERGE, List.of(merged.id(), survivor.id()), movedIds,
                    AuditLog.document("mergeId", merge.id(), "mergedStatus", StoredPerson.MERGED, "mergedInto", survivor.enterpriseId()),
                    AuditLog.document("mergeId", merge.id(), "mergedStatus", StoredPerson.ACTIVE, "restoredRecords", movedIds.size(),
                            "changedGoldenFields", restored, "survivorChangedGoldenFields", survivorChanged),
                    reason), now);
            return queries.person(tx, persons.byId(tx, merged.id()).orElseThrow());
        });
    }

    /** Links the record to the person by hand (MANUAL: automatic matching never moves it). */
    public PersonDetails link(String source, String recordId, String personId, String actor, String reason) {
        requireId("source", source);
        requireId("recordId", recordId);
        requireId("personId", personId);
        requireActor(actor);
        return transactions.inTransaction(tx -> {
            StoredRecord record = records.find(tx, source, recordId).orElseThrow(() -> new RecordNotFound(source, recordId));
            StoredPerson target = find(tx, personId);
            lockRecordsOf(tx, target.id(), links.byRecord(tx, record.id()).orElseThrow().personId());
            target = persons.byId(tx, target.id()).orElseThrow();
            if (StoredPerson.MERGED.equals(target.status())) {
                String into = persons.byId(tx, target.mergedInto()).orElseThrow().enterpriseId();
                throw new Conflict("person " + personId + " was merged into " + into + ": link to that person");
            }
            LocalDateTime now = AuditLog.now();
            Relinked relinked = relinkManually(tx, record, target, Decision.LINKED, null, now);
            audit.record(tx, linkChange(actor, LINK, relinked, reason), now);
            return queries.person(tx, persons.byId(tx, target.id()).orElseThrow());
        });
    }

    /** Takes the record out of its person into a new person of its own, by hand (MANUAL). */
    public PersonDetails unlink(String source, String recordId, String actor, String reason) {
        requireId("source", source);
        requireId("recordId", recordId);
        requireActor(actor);
        return transactions.inTransaction(tx -> {
            StoredRecord record = records.find(tx, source, recordId).orElseThrow(() -> new RecordNotFound(source, recordId));
            lockRecordsOf(tx, links.byRecord(tx, record.id()).orElseThrow().personId());
            LocalDateTime now = AuditLog.now();
            StoredPerson own = persons.insert(tx, now);
            Relinked relinked = relinkManually(tx, record, own, Decision.NEW_PERSON, null, now);
            audit.record(tx, linkChange(actor, UNLINK, relinked, reason), now);
            return queries.person(tx, persons.byId(tx, own.id()).orElseThrow());
        });
    }

    /** A record moved by a steward: from which person, to which, and what that changed in both golden records. */
    record Relinked(StoredRecord record, StoredLink before, StoredPerson from, StoredPerson to, String fromStatusAfter,
                    List<String> changedFrom, List<String> changedTo) {
    }

    /**
     * Points the record's link at {@code target} as a MANUAL link (the caller holds the locks). The person it
     * leaves is retired if left without records, else its golden record is recomputed. The record's undecided
     * review tasks, except {@code decidedTask}, are superseded: a steward has decided where it belongs.
     */
    Relinked relinkManually(DSLContext tx, StoredRecord record, StoredPerson target, Decision decision, Long decidedTask,
                            LocalDateTime now) {
        StoredLink before = links.byRecord(tx, record.id()).orElseThrow();
        StoredPerson from = persons.byId(tx, before.personId()).orElseThrow();
        stewardLinks.setManual(tx, before.id(), target.id(), decision, now);
        if (StoredPerson.RETIRED.equals(target.status())) {
            merges.reactivate(tx, target.id(), now);
        }
        List<String> changedFrom = List.of();
        if (from.id() != target.id()) {
            changedFrom = refreshOrRetire(tx, from.id(), now);
        }
        List<String> changedTo = golden.refresh(tx, target.id(), now);
        reviews.supersedeOthers(tx, record.id(), decidedTask == null ? -1 : decidedTask, now);
        String fromStatus = persons.byId(tx, from.id()).orElseThrow().status();
        return new Relinked(record, before, from, target, fromStatus, changedFrom, changedTo);
    }

    /** The audit change of a manual link or unlink. */
    static Change linkChange(String actor, String action, Relinked r, String reason) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("personId", r.from().enterpriseId());
        before.put("linkType", r.before().linkType().name());
        before.put("decision", r.before().decision().name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("personId", r.to().enterpriseId());
        after.put("linkType", StoredLink.LinkType.MANUAL.name());
        after.put("previousPersonStatus", r.fromStatusAfter());
        after.put("changedGoldenFields", r.changedTo());
        after.put("previousPersonChangedGoldenFields", r.changedFrom());
        return new Change(actor, action, List.of(r.to().id(), r.from().id()), List.of(r.record().id()), before, after, reason);
    }

    /** Follows redirects (merged persons) to the person in force. */
    StoredPerson current(DSLContext tx, StoredPerson person) {
        StoredPerson p = person;
        for (int hops = 0; StoredPerson.MERGED.equals(p.status()) && p.mergedInto() != null; hops++) {
            if (hops > 1000) {
                throw new IllegalStateException("merge redirects of person row " + person.id() + " form a cycle");
            }
            p = persons.byId(tx, p.mergedInto()).orElseThrow();
        }
        return p;
    }

    /** Locks the identity and key stripes of every record of these persons. */
    void lockRecordsOf(DSLContext tx, long... personRowIds) {
        List<Long> recordIds = new ArrayList<>();
        for (long person : personRowIds) {
            links.byPerson(tx, person).forEach(l -> recordIds.add(l.recordId()));
        }
        lockRecords(tx, recordIds);
    }

    void lockRecords(DSLContext tx, List<Long> recordRowIds) {
        locks.lock(tx, records.byIds(tx, recordRowIds));
    }

    private void checkRestorable(DSLContext tx, MergeState state, StoredPerson survivor) {
        Map<Long, StoredRecord> now = new LinkedHashMap<>();
        records.byIds(tx, state.links().stream().map(StoredLink::recordId).toList()).forEach(r -> now.put(r.id(), r));
        for (StoredLink was : state.links()) {
            StoredRecord record = now.get(was.recordId());
            String name = record.fields().source() + "/" + record.fields().recordId();
            StoredLink current = links.byRecord(tx, was.recordId()).orElseThrow();
            boolean sameLink = current.personId() == survivor.id() && current.linkType() == was.linkType()
                    && current.decision() == was.decision() && Objects.equals(current.probability(), was.probability())
                    && Objects.equals(current.matchWeight(), was.matchWeight());
            if (!sameLink) {
                throw new Conflict("record " + name + " was relinked after the merge, so the state before it cannot be "
                        + "restored exactly; link it by hand instead");
            }
            if (!Objects.equals(state.recordVersions().get(was.recordId()), record.version())) {
                throw new Conflict("record " + name + " was updated after the merge, so the golden records before it "
                        + "cannot be restored exactly; unlink or link it by hand instead");
            }
        }
    }

    private List<String> refreshOrRetire(DSLContext tx, long personRowId, LocalDateTime now) {
        if (links.countByPerson(tx, personRowId) == 0) {
            persons.updateStatus(tx, personRowId, StoredPerson.RETIRED, now);
            return List.of();
        }
        return golden.refresh(tx, personRowId, now);
    }

    private StoredPerson find(DSLContext tx, String personId) {
        return persons.byEnterpriseId(tx, personId).orElseThrow(() -> new PersonNotFound(personId));
    }

    private static StoredPerson requireActive(StoredPerson p) {
        if (!StoredPerson.ACTIVE.equals(p.status())) {
            throw new Conflict("person " + p.enterpriseId() + " is " + p.status() + "; only ACTIVE persons can be merged");
        }
        return p;
    }

    static void requireId(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRecord(field, "is required");
        }
    }

    static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a change of state needs an actor");
        }
    }

    private String write(MergeState state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the merge state", e);
        }
    }

    private MergeState read(String stored) {
        try {
            return json.readValue(stored, MergeState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable merge state", e);
        }
    }
}
