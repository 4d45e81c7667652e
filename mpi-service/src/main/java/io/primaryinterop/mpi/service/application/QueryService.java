package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.LinkDetails;
import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import io.primaryinterop.mpi.service.domain.MpiException.PersonNotFound;
import io.primaryinterop.mpi.service.domain.MpiException.RecordNotFound;
import io.primaryinterop.mpi.service.domain.PersonDetails;
import io.primaryinterop.mpi.service.domain.PersonDetails.LinkedRecord;
import io.primaryinterop.mpi.service.domain.RecordDetails;
import io.primaryinterop.mpi.service.store.LinkRepository;
import io.primaryinterop.mpi.service.store.PersonRepository;
import io.primaryinterop.mpi.service.store.RecordRepository;
import io.primaryinterop.mpi.service.store.StoredLink;
import io.primaryinterop.mpi.service.store.StoredPerson;
import io.primaryinterop.mpi.service.store.StoredRecord;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads: a record with its link, a person with golden record and records, a simple person search. */
@Singleton
public final class QueryService {

    private final Transactions transactions;
    private final RecordRepository records;
    private final PersonRepository persons;
    private final LinkRepository links;
    private final GoldenRecords goldenRecords;

    QueryService(Transactions transactions, RecordRepository records, PersonRepository persons, LinkRepository links,
                 GoldenRecords goldenRecords) {
        this.transactions = transactions;
        this.records = records;
        this.persons = persons;
        this.links = links;
        this.goldenRecords = goldenRecords;
    }

    public RecordDetails record(String source, String recordId) {
        return transactions.inTransaction(tx -> {
            StoredRecord stored = records.find(tx, source, recordId).orElseThrow(() -> new RecordNotFound(source, recordId));
            StoredLink link = links.byRecord(tx, stored.id()).orElseThrow();
            StoredPerson person = persons.byId(tx, link.personId()).orElseThrow();
            return new RecordDetails(stored.fields(), new LinkDetails(person.enterpriseId(), link.linkType().name(),
                    link.decision(), link.probability(), link.matchWeight(), link.modelVersion(), link.createdAt()),
                    stored.version(), stored.createdAt(), stored.updatedAt());
        });
    }

    /** A person; a MERGED one has no records and names the person it went into ({@code mergedInto}). */
    public PersonDetails person(String personId) {
        return transactions.inTransaction(tx -> person(tx, persons.byEnterpriseId(tx, personId)
                .orElseThrow(() -> new PersonNotFound(personId))));
    }

    PersonDetails person(DSLContext tx, StoredPerson person) {
        List<StoredLink> linked = links.byPerson(tx, person.id());
        Map<Long, StoredRecord> byId = records.byIds(tx, linked.stream().map(StoredLink::recordId).toList()).stream()
                .collect(Collectors.toMap(StoredRecord::id, Function.identity()));
        List<LinkedRecord> views = linked.stream().map(l -> {
            StoredRecord r = byId.get(l.recordId());
            return new LinkedRecord(r.fields().source(), r.fields().recordId(), l.linkType().name(), l.decision(),
                    l.probability(), l.matchWeight());
        }).toList();
        String mergedInto = person.mergedInto() == null ? null
                : persons.byId(tx, person.mergedInto()).orElseThrow().enterpriseId();
        return new PersonDetails(person.enterpriseId(), person.status(), person.golden(), views, person.version(),
                person.createdAt(), person.updatedAt(), mergedInto, goldenRecords.provenance(tx, person.id()));
    }

    /** Active persons by golden family name (required), given name and birth date (optional), case-blind. */
    public List<PersonDetails> search(String familyName, String givenName, String birthDate, int limit) {
        if (familyName == null || familyName.isBlank()) {
            throw new InvalidRecord("familyName", "is required for a person search");
        }
        return transactions.inTransaction(tx -> persons.search(tx, familyName, givenName, birthDate, limit).stream()
                .map(p -> new PersonDetails(p.enterpriseId(), p.status(), p.golden(), List.of(), p.version(),
                        p.createdAt(), p.updatedAt()))
                .toList());
    }
}
