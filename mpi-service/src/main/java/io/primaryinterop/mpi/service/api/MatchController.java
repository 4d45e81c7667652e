package io.primaryinterop.mpi.service.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.validation.Validated;
import io.primaryinterop.mpi.service.application.IngestService;
import io.primaryinterop.mpi.service.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Read-only match: who could this be? Nothing is stored. */
@Controller("/api/v1/match")
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "match")
public class MatchController {

    private final IngestService ingest;
    private final JsonBodies bodies;

    MatchController(IngestService ingest, JsonBodies bodies) {
        this.ingest = ingest;
        this.bodies = bodies;
    }

    @Secured(Roles.GATEWAY)
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Ranked candidate persons for a probe record",
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProbeRequest.class))))
    public MatchResponse match(@Body String body,
                               @QueryValue(defaultValue = "10") @Min(1) @Max(100) int limit,
                               @QueryValue(defaultValue = "0") @DecimalMin("0") @DecimalMax("1") double minProbability) {
        ProbeRequest probe = bodies.read(body, ProbeRequest.class);
        return new MatchResponse(ingest.match(probe.toFields(), limit, minProbability));
    }
}
