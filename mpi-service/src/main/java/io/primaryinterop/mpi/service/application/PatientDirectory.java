package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.PatientQuery;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.store.LinkRepository;
import io.primaryinterop.mpi.service.store.PatientSearchRepository;
import io.primaryinterop.mpi.service.store.PatientSearchRepository.LinkedRecordRow;
import io.primaryinterop.mpi.service.store.PersonRepository;
import io.primaryinterop.mpi.service.store.RecordRepository;
import io.primaryinterop.mpi.service.store.StoredLink;
import io.primaryinterop.mpi.service.store.StoredPerson;
import io.primaryinterop.mpi.service.store.StoredRecord;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Reads for the standards front ends (FHIR, PIX/PDQ): source records by their stable row id (the
 * FHIR logical id), persons with the identities of their records and where a merged person went,
 * and the demographic search (identifier cross-referencing is {@link CrossReferenceService}'s).
 * Read-only; one transaction per call.
 */
@Singleton
public final class PatientDirectory {

    private final Transactions transactions;
    private final RecordRepository records;
    private final PersonRepository persons;
    private final LinkRepository links;
    private final PatientSearchRepository search;

    PatientDirectory(Transactions transactions, RecordRepository records, PersonRepository persons, LinkRepository links,
                     PatientSearchRepository search) {
        this.transactions = transactions;
        this.records = records;
        this.persons = persons;
        this.links = links;
        this.search = search;
    }

    /** A source record by its row id, with the person it is linked to. */
    public Optional<SourceRecord> record(long rowId) {
        return transactions.inTransaction(tx -> records.byIds(tx, List.of(rowId)).stream().findFirst()
                .map(r -> sourceRecord(tx, r)));
    }

    /** A source record by its identity (source, recordId). */
    public Optional<SourceRecord> record(String source, String recordId) {
        return transactions.inTransaction(tx -> records.find(tx, source, recordId).map(r -> sourceRecord(tx, r)));
    }

    /** A person (any status) with its linked records; a merged person names the person it went into. */
    public Optional<Person> person(String personId) {
        return transactions.inTransaction(tx -> persons.byEnterpriseId(tx, personId).map(p -> {
            List<RecordRef> refs = search.linkedRecords(tx, List.of(p.id())).stream().map(RecordRef::of).toList();
            return person(tx, p, refs);
        }));
    }

    /** Persons by demographics (golden records), with their linked records. */
    public List<Person> search(PatientQuery query) {
        return transactions.inTransaction(tx -> {
            List<StoredPerson> found = search.search(tx, query);
            return withRecords(tx, found);
        });
    }

    /** Persons by enterprise id, in the order asked (unknown ids left out), in one transaction. */
    public List<Person> persons(List<String> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(tx -> {
            Map<String, Person> byId = withRecords(tx, search.byEnterpriseIds(tx, personIds)).stream()
                    .collect(Collectors.toMap(Person::personId, p -> p));
            return personIds.stream().filter(byId::containsKey).map(byId::get).toList();
        });
    }

    private List<Person> withRecords(DSLContext tx, List<StoredPerson> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RecordRef>> byPerson = search.linkedRecords(tx, found.stream().map(StoredPerson::id).toList())
                .stream().collect(Collectors.groupingBy(LinkedRecordRow::personRowId,
                        Collectors.mapping(RecordRef::of, Collectors.toList())));
        return found.stream().map(p -> person(tx, p, byPerson.getOrDefault(p.id(), List.of()))).toList();
    }

    private SourceRecord sourceRecord(DSLContext tx, StoredRecord r) {
        StoredLink link = links.byRecord(tx, r.id()).orElseThrow(() -> new IllegalStateException("record row " + r.id() + " has no link"));
        String personId = persons.byId(tx, link.personId()).orElseThrow().enterpriseId();
        return new SourceRecord(r.id(), r.fields(), r.rawPayload(), r.version(), r.updatedAt(), personId);
    }

    private Person person(DSLContext tx, StoredPerson p, List<RecordRef> refs) {
        String mergedInto = p.mergedInto() == null ? null
                : persons.byId(tx, p.mergedInto()).map(StoredPerson::enterpriseId).orElse(null);
        return new Person(p.enterpriseId(), p.status(), mergedInto, p.golden(), refs, p.version(), p.updatedAt());
    }

    /** A stored source record: fields, the payload as sent, its version, and its person's enterprise id. */
    public record SourceRecord(long rowId, RecordFields fields, String rawPayload, int version, LocalDateTime updatedAt,
                               String personId) {
    }

    /** A person: status (ACTIVE, MERGED into {@code mergedInto}, RETIRED), golden record and linked records. */
    public record Person(String personId, String status, String mergedInto, RecordFields golden, List<RecordRef> records,
                         int version, LocalDateTime updatedAt) {
        public Person {
            records = List.copyOf(records);
        }
    }

    /** A linked source record's row id and identity. */
    public record RecordRef(long rowId, String source, String recordId) {
        static RecordRef of(LinkedRecordRow row) {
            return new RecordRef(row.recordRowId(), row.source(), row.recordId());
        }
    }
}
