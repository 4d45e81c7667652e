package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.CrossReference;
import io.primaryinterop.mpi.service.domain.CrossReference.LinkedRecord;
import io.primaryinterop.mpi.service.domain.CrossReference.SourceIdentifier;
import io.primaryinterop.mpi.service.domain.MpiException.PersonNotFound;
import io.primaryinterop.mpi.service.domain.MpiException.RecordNotFound;
import io.primaryinterop.mpi.service.store.LinkRepository;
import io.primaryinterop.mpi.service.store.PersonRepository;
import io.primaryinterop.mpi.service.store.RecordRepository;
import io.primaryinterop.mpi.service.store.StoredLink;
import io.primaryinterop.mpi.service.store.StoredPerson;
import io.primaryinterop.mpi.service.store.StoredRecord;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.inject.Singleton;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Identifier cross-referencing (IHE PIX, for HL7 v2 QBP^Q23 and FHIR $ihe-pix): which identifiers
 * belong to the same person as a given one, and which identifier domains the MPI knows. Read-only.
 */
@Singleton
public final class CrossReferenceService {

    private final Transactions transactions;
    private final RecordRepository records;
    private final PersonRepository persons;
    private final LinkRepository links;

    CrossReferenceService(Transactions transactions, RecordRepository records, PersonRepository persons,
                          LinkRepository links) {
        this.transactions = transactions;
        this.records = records;
        this.persons = persons;
        this.links = links;
    }

    /** The person of record (source, recordId) and all its records' identifiers, in record order; RecordNotFound if unknown. */
    public CrossReference crossReference(String source, String recordId) {
        return transactions.inTransaction(tx -> {
            StoredRecord record = records.find(tx, source, recordId).orElseThrow(() -> new RecordNotFound(source, recordId));
            StoredLink link = links.byRecord(tx, record.id()).orElseThrow(
                    () -> new IllegalStateException("record row " + record.id() + " has no link"));
            String personId = persons.byId(tx, link.personId()).orElseThrow().enterpriseId();
            return new CrossReference(personId, linkedRecords(tx, link.personId()));
        });
    }

    /** A person (by enterprise id) and its records' identifiers; PersonNotFound if unknown. */
    public CrossReference ofPerson(String personId) {
        return transactions.inTransaction(tx -> {
            StoredPerson person = persons.byEnterpriseId(tx, personId).orElseThrow(() -> new PersonNotFound(personId));
            return new CrossReference(person.enterpriseId(), linkedRecords(tx, person.id()));
        });
    }

    private List<LinkedRecord> linkedRecords(DSLContext tx, long personRowId) {
        List<Long> linked = links.byPerson(tx, personRowId).stream().map(StoredLink::recordId).toList();
        return records.byIds(tx, linked).stream()
                .map(r -> new LinkedRecord(r.id(), new SourceIdentifier(r.fields().source(), r.fields().recordId())))
                .toList();
    }

    /** Whether any stored record comes from this identifier domain (source). */
    public boolean knowsDomain(String source) {
        return transactions.inTransaction(tx -> records.sourceExists(tx, source));
    }
}
