package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.store.ReviewTaskRepository;
import io.primaryinterop.mpi.service.store.ReviewTaskRepository.NewTask;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** Opens a review task per candidate person between the thresholds (one statement); supersedes a record's open tasks on re-evaluation. */
@Singleton
final class ReviewTasks {

    private final ReviewTaskRepository repository;

    ReviewTasks(ReviewTaskRepository repository) {
        this.repository = repository;
    }

    void open(DSLContext tx, long recordRowId, List<ScoredPerson> reviewable, String modelVersion, LocalDateTime now) {
        repository.insertAll(tx, recordRowId, reviewable.stream()
                .map(c -> new NewTask(c.personRowId(), c.best().matchWeight(), c.best().probability())).toList(),
                modelVersion, now);
    }

    void supersede(DSLContext tx, long recordRowId, LocalDateTime now) {
        repository.supersedeOpen(tx, recordRowId, now);
    }
}
