package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.service.domain.MpiException.Conflict;
import io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord;
import io.primaryinterop.mpi.service.domain.MpiException.ModelVersionNotFound;
import io.primaryinterop.mpi.service.engine.ModelMatchEngine;
import io.primaryinterop.mpi.service.engine.SwitchableMatchEngine;
import io.primaryinterop.mpi.service.store.AuditRepository;
import io.primaryinterop.mpi.service.store.AuditRepository.AuditEvent;
import io.primaryinterop.mpi.service.store.ModelVersionRepository;
import io.primaryinterop.mpi.service.store.ModelVersionRepository.StoredModelVersion;
import io.primaryinterop.mpi.service.store.RematchJobRepository.StoredJob;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Model versions: register (immutable, named by the model's own {@code version}), list, activate. Activation
 * marks the version active (it is also what the service loads on its next start), switches the live engine
 * and starts a re-match job over the AUTO links; a dry-run only starts a job that reports what would change.
 */
@Singleton
public final class ModelVersionService {

    private final Transactions transactions;
    private final ModelVersionRepository versions;
    private final AuditRepository audit;
    private final SwitchableMatchEngine engine;
    private final RematchJobs jobs;

    ModelVersionService(Transactions transactions, ModelVersionRepository versions, AuditRepository audit,
                        SwitchableMatchEngine engine, RematchJobs jobs) {
        this.transactions = transactions;
        this.versions = versions;
        this.audit = audit;
        this.engine = engine;
        this.jobs = jobs;
    }

    /** Stores a model JSON document as a new version after checking that it parses and compiles. */
    public StoredModelVersion register(String modelJson, String actor) {
        ModelSpec spec = parse(modelJson);
        String version = spec.version();
        if (version == null || version.isBlank() || version.length() > 64) {
            throw new InvalidRecord("version", "must be 1 to 64 characters");
        }
        return transactions.inTransaction(tx -> {
            if (versions.exists(tx, version)) {
                throw new Conflict("model version " + version + " exists already; versions are immutable, use a new version name");
            }
            LocalDateTime now = now();
            versions.insert(tx, version, modelJson, actor, now);
            audit.append(tx, new AuditEvent(now, actor, "MODEL_REGISTER", null, null, null,
                    "{\"modelVersion\":\"" + version + "\"}", null));
            return versions.find(tx, version).orElseThrow();
        });
    }

    public List<StoredModelVersion> list() {
        return versions.list(transactions.dsl());
    }

    public StoredModelVersion get(String version) {
        return versions.find(transactions.dsl(), version).orElseThrow(() -> new ModelVersionNotFound(version));
    }

    /** The version the service matches with right now. */
    public String running() {
        return engine.modelVersion();
    }

    /**
     * With {@code dryRun}, a job that re-evaluates the AUTO links with this version and changes nothing;
     * otherwise the version becomes the active one and a job applies the re-evaluation.
     */
    public StoredJob activate(String version, boolean dryRun, String actor) {
        StoredModelVersion stored = get(version);
        ModelMatchEngine candidate = new ModelMatchEngine(parse(stored.modelJson()).compile());
        if (dryRun) {
            return jobs.start(version, true, actor, candidate);
        }
        transactions.inTransaction(tx -> {
            LocalDateTime now = now();
            String previous = engine.modelVersion();
            versions.activate(tx, version, actor, now);
            audit.append(tx, new AuditEvent(now, actor, "MODEL_ACTIVATE", null, null,
                    "{\"modelVersion\":\"" + previous + "\"}", "{\"modelVersion\":\"" + version + "\"}", null));
            return null;
        });
        engine.switchTo(candidate);
        return jobs.start(version, false, actor, null);
    }

    private static ModelSpec parse(String json) {
        try {
            ModelSpec spec = ModelSpec.fromJson(json);
            MatchModel compiled = spec.compile();
            return compiled.spec();
        } catch (RuntimeException e) {
            throw new InvalidRecord("model", "not a usable model document: " + e.getMessage());
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
