package io.primaryinterop.mpi.service.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the stewardship API. */
final class StewardRequests {

    private StewardRequests() {
    }

    /** A steward's decision on a review task, made on the task's {@code version}. */
    @Introspected
    record DecisionRequest(
            @NotNull @Pattern(regexp = "MATCH|NO_MATCH|SKIP", message = "must be MATCH, NO_MATCH or SKIP") String decision,
            @Nullable @Size(max = 500) String note,
            @NotNull @Min(1) Integer version) {
    }

    /** Merge {@code personId} into the survivor named in the path. */
    @Introspected
    record MergeRequest(@NotBlank @Size(max = 36) String personId, @Nullable @Size(max = 500) String reason) {
    }

    /** Link the record named in the path to {@code personId}. */
    @Introspected
    record LinkRequest(@NotBlank @Size(max = 36) String personId, @Nullable @Size(max = 500) String reason) {
    }

    /** Why (unmerge, unlink). */
    @Introspected
    record ReasonRequest(@Nullable @Size(max = 500) String reason) {
    }
}
