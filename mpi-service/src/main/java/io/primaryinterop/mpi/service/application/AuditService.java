package io.primaryinterop.mpi.service.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.primaryinterop.mpi.service.domain.AuditEntry;
import io.primaryinterop.mpi.service.domain.AuditEntry.RecordRef;
import io.primaryinterop.mpi.service.store.AuditLogRepository;
import io.primaryinterop.mpi.service.store.AuditLogRepository.StoredEvent;
import io.primaryinterop.mpi.service.store.PersonRepository;
import io.primaryinterop.mpi.service.store.RecordRepository;
import io.primaryinterop.mpi.service.store.StoredPerson;
import io.primaryinterop.mpi.service.store.StoredRecord;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the audit trail: by subject (a person, or a record by source and recordId), actor and time,
 * oldest first, paged. There is no way to change or remove an event.
 */
@Singleton
public final class AuditService {

    private static final TypeReference<LinkedHashMap<String, Object>> DOCUMENT = new TypeReference<>() {
    };

    private final Transactions transactions;
    private final AuditLogRepository trail;
    private final PersonRepository persons;
    private final RecordRepository records;
    private final ObjectMapper json;

    AuditService(Transactions transactions, AuditLogRepository trail, PersonRepository persons,
                 RecordRepository records, ObjectMapper json) {
        this.transactions = transactions;
        this.trail = trail;
        this.persons = persons;
        this.records = records;
        this.json = json;
    }

    /** Events matching the query; an unknown person or record matches nothing (an empty page, not 404). */
    public AuditEntry.Page search(AuditEntry.Query query) {
        return transactions.inTransaction(tx -> {
            Long person = null;
            Long record = null;
            if (query.personId() != null) {
                person = persons.byEnterpriseId(tx, query.personId()).map(StoredPerson::id).orElse(-1L);
            }
            if (query.source() != null) {
                record = records.find(tx, query.source(), query.recordId()).map(StoredRecord::id).orElse(-1L);
            }
            AuditLogRepository.Query q = new AuditLogRepository.Query(person, record, query.actor(), query.from(), query.to());
            List<AuditEntry> items = trail.search(tx, q, query.page() * query.size(), query.size()).stream()
                    .map(this::entry).toList();
            return new AuditEntry.Page(items, query.page(), query.size(), trail.count(tx, q));
        });
    }

    /** One event by its id (the FHIR AuditEvent read). */
    public Optional<AuditEntry> event(long id) {
        return transactions.inTransaction(tx -> trail.byId(tx, id).map(this::entry));
    }

    private AuditEntry entry(StoredEvent e) {
        return new AuditEntry(e.id(), e.at(), e.actor(), e.action(), e.personIds(),
                e.records().stream().map(r -> new RecordRef(r.source(), r.recordId())).toList(),
                read(e.beforeJson()), read(e.afterJson()), e.reason());
    }

    private Map<String, Object> read(String document) {
        if (document == null || document.isBlank()) {
            return null;
        }
        try {
            return json.readValue(document, DOCUMENT);
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", true);
        }
    }
}
