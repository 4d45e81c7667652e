package io.primaryinterop.mpi.service.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.primaryinterop.mpi.service.domain.MpiException.JobNotFound;
import io.primaryinterop.mpi.service.engine.MatchEngine;
import io.primaryinterop.mpi.service.engine.SwitchableMatchEngine;
import io.primaryinterop.mpi.service.store.RematchJobRepository;
import io.primaryinterop.mpi.service.store.RematchJobRepository.StoredJob;
import io.primaryinterop.mpi.service.store.Transactions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-match jobs, one at a time on a thread of their own: every record with an AUTO link is re-evaluated
 * with a model version, one transaction per record ({@link IngestService#reevaluate}); MANUAL links are never
 * touched. A dry-run evaluates a candidate version on the job's thread only and writes nothing but the job's
 * report; a real run follows an activation and applies the changes. Status and the (first)
 * {@value #LISTED_CHANGES} changes are stored with the job.
 */
@Singleton
public final class RematchJobs {

    static final int LISTED_CHANGES = 1000;
    private static final int PROGRESS_EVERY = 200;
    private static final Logger LOG = LoggerFactory.getLogger(RematchJobs.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IngestService ingest;
    private final SwitchableMatchEngine engine;
    private final Transactions transactions;
    private final RematchJobRepository jobs;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rematch");
        t.setDaemon(true);
        return t;
    });

    RematchJobs(IngestService ingest, SwitchableMatchEngine engine, Transactions transactions, RematchJobRepository jobs) {
        this.ingest = ingest;
        this.engine = engine;
        this.transactions = transactions;
        this.jobs = jobs;
    }

    /**
     * Records the job and queues it. {@code candidate}: the engine of a dry-run (null: the active engine,
     * after an activation).
     */
    StoredJob start(String modelVersion, boolean dryRun, String actor, MatchEngine candidate) {
        List<Long> records = jobs.autoLinkedRecords(transactions.dsl());
        long id = transactions.inTransaction(tx -> jobs.insert(tx, modelVersion, dryRun, actor, records.size(), now()));
        LOG.info("re-match job {} queued: model {} dry-run {} over {} AUTO links", id, modelVersion, dryRun, records.size());
        worker.submit(() -> run(id, records, dryRun, actor, candidate));
        return find(id);
    }

    public StoredJob find(long id) {
        return jobs.find(transactions.dsl(), id).orElseThrow(() -> new JobNotFound(id));
    }

    private void run(long id, List<Long> records, boolean dryRun, String actor, MatchEngine candidate) {
        try {
            if (candidate == null) {
                evaluate(id, records, dryRun, actor);
            } else {
                engine.using(candidate, () -> evaluate(id, records, dryRun, actor));
            }
        } catch (RuntimeException e) {
            // The class only: a message could quote a value.
            LOG.warn("re-match job {} failed: {}", id, e.getClass().getName());
            transactions.inTransaction(tx -> {
                jobs.fail(tx, id, e.getClass().getSimpleName(), now());
                return null;
            });
        }
    }

    private Void evaluate(long id, List<Long> records, boolean dryRun, String actor) {
        int done = 0;
        int changed = 0;
        List<Reevaluation> listed = new ArrayList<>();
        for (long recordRowId : records) {
            Reevaluation r = ingest.reevaluate(recordRowId, dryRun, actor);
            done++;
            if (r.changed()) {
                changed++;
                if (listed.size() < LISTED_CHANGES) {
                    listed.add(r);
                }
            }
            if (done % PROGRESS_EVERY == 0) {
                int d = done;
                int c = changed;
                transactions.inTransaction(tx -> {
                    jobs.progress(tx, id, d, c);
                    return null;
                });
            }
        }
        int d = done;
        int c = changed;
        String changes = changesJson(listed);
        transactions.inTransaction(tx -> {
            jobs.finish(tx, id, d, c, changes, now());
            return null;
        });
        LOG.info("re-match job {} done: {} records, {} {}", id, done, changed, dryRun ? "would change" : "changed");
        return null;
    }

    private static String changesJson(List<Reevaluation> changes) {
        List<Change> out = changes.stream().map(r -> new Change(r.source(), r.recordId(), r.personBefore(),
                r.decisionBefore().name(), r.personAfter(), r.decisionAfter().name())).toList();
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the job's changes", e);
        }
    }

    private record Change(String source, String recordId, String personBefore, String decisionBefore, String personAfter,
                          String decisionAfter) {
    }

    /** Waits until the jobs queued so far have finished (jobs run one at a time, in order); false on timeout. */
    public boolean awaitQueued(java.time.Duration timeout) {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
