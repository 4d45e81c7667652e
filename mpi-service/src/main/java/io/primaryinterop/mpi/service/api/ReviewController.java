package io.primaryinterop.mpi.service.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.api.StewardRequests.DecisionRequest;
import io.primaryinterop.mpi.service.application.ReviewService;
import io.primaryinterop.mpi.service.domain.Review;
import io.primaryinterop.mpi.service.domain.ReviewDecision;
import io.primaryinterop.mpi.service.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The review queue: what stewards decide. */
@Controller("/api/v1/reviews")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STEWARD)
@Tag(name = "reviews")
public class ReviewController {

    private final ReviewService reviews;
    private final JsonBodies bodies;

    ReviewController(ReviewService reviews, JsonBodies bodies) {
        this.reviews = reviews;
        this.bodies = bodies;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Review tasks by status, probability range, source and age; sorted, paged, with counts per status")
    public Review.Page list(@QueryValue @Nullable String status, @QueryValue @Nullable String minProbability,
                            @QueryValue @Nullable String maxProbability, @QueryValue @Nullable String source,
                            @QueryValue @Nullable String minAge, @QueryValue @Nullable String maxAge,
                            @QueryValue @Nullable String sort, @QueryValue @Nullable String page,
                            @QueryValue @Nullable String size) {
        return reviews.list(new Review.Query(QueryParams.text(status),
                QueryParams.probability("minProbability", minProbability),
                QueryParams.probability("maxProbability", maxProbability), QueryParams.text(source),
                QueryParams.duration("minAge", minAge), QueryParams.duration("maxAge", maxAge), sort,
                QueryParams.integer("page", page, 0), QueryParams.integer("size", size, 20)));
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "A review task: both records side by side and each comparison's level and match weight")
    public Review.Details details(String id) {
        return reviews.details(reviewId(id));
    }

    @Post(uri = "/{id}/decision", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a review task (MATCH, NO_MATCH, SKIP) on its current version; a stale version is 409",
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequest.class))))
    public Review.Details decide(String id, @Body String body, Principal principal) {
        long reviewId = reviewId(id);
        DecisionRequest request = bodies.read(body, DecisionRequest.class);
        return reviews.decide(reviewId, ReviewDecision.valueOf(request.decision()), request.note(), request.version(),
                principal.getName());
    }

    private static long reviewId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new io.primaryinterop.mpi.service.domain.MpiException.InvalidRecord("id", "must be a review id (a number)");
        }
    }
}
