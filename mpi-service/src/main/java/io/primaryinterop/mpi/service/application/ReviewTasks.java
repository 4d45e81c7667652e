package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.store.ReviewTaskRepository;
import io.primaryinterop.mpi.service.store.ReviewTaskRepository.NewTask;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Opens a review task per candidate person between the thresholds (one statement); supersedes a record's open tasks on re-evaluation. */
@Singleton
final class ReviewTasks {

    private final ReviewTaskRepository repository;

    ReviewTasks(ReviewTaskRepository repository) {
        this.repository = repository;
    }

    /**
     * {@code reasonOfFirst}: why the first (best) candidate is a review rather than a link (a cannot-link, a
     * review rule, a placeholder), or null; the others fell between the thresholds.
     */
    void open(DSLContext tx, long recordRowId, List<ScoredPerson> reviewable, String reasonOfFirst, String modelVersion,
              LocalDateTime now) {
        List<NewTask> tasks = new ArrayList<>(reviewable.size());
        for (ScoredPerson c : reviewable) {
            tasks.add(new NewTask(c.personRowId(), c.best().matchWeight(), c.best().probability(),
                    tasks.isEmpty() ? reasonOfFirst : null));
        }
        repository.insertAll(tx, recordRowId, tasks, modelVersion, now);
    }

    /** The reason of a review task opened because a review rule of the model held the pair back. */
    static String reviewRuleReason(String ruleLabel) {
        return "review rule '" + ruleLabel + "' with a record of the best candidate person";
    }

    void supersede(DSLContext tx, long recordRowId, LocalDateTime now) {
        repository.supersedeOpen(tx, recordRowId, now);
    }
}
