package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.store.ReviewTaskRepository;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** Opens a review task per candidate person between the thresholds; supersedes a record's open tasks on re-evaluation. */
@Singleton
final class ReviewTasks {

    private final ReviewTaskRepository repository;

    ReviewTasks(ReviewTaskRepository repository) {
        this.repository = repository;
    }

    void open(DSLContext tx, long recordRowId, List<ScoredPerson> reviewable, String modelVersion, LocalDateTime now) {
        for (ScoredPerson candidate : reviewable) {
            repository.insert(tx, recordRowId, candidate.personRowId(), candidate.best().matchWeight(),
                    candidate.best().probability(), modelVersion, now);
        }
    }

    void supersede(DSLContext tx, long recordRowId, LocalDateTime now) {
        repository.supersedeOpen(tx, recordRowId, now);
    }
}
