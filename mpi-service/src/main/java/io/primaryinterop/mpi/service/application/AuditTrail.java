package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.AuditTrailQuery;
import io.primaryinterop.mpi.service.store.AuditTrailRepository;
import io.primaryinterop.mpi.service.store.AuditTrailRepository.AuditRow;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Read-only access to the audit trail for the FHIR AuditEvent endpoint. */
@Singleton
public final class AuditTrail {

    private final Transactions transactions;
    private final AuditTrailRepository repository;

    AuditTrail(Transactions transactions, AuditTrailRepository repository) {
        this.transactions = transactions;
        this.repository = repository;
    }

    public Optional<AuditRow> event(long id) {
        return transactions.inTransaction(tx -> repository.byId(tx, id));
    }

    public List<AuditRow> search(AuditTrailQuery query) {
        return transactions.inTransaction(tx -> repository.search(tx, query));
    }
}
