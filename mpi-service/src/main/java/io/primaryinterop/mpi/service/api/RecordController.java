package io.primaryinterop.mpi.service.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.application.IngestService;
import io.primaryinterop.mpi.service.application.QueryService;
import io.primaryinterop.mpi.service.domain.IngestResult;
import io.primaryinterop.mpi.service.domain.RecordDetails;
import io.primaryinterop.mpi.service.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;

/** Ingest (match-on-ingest) and read of source records. */
@Controller("/api/v1/records")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "records")
public class RecordController {

    private final IngestService ingest;
    private final QueryService queries;
    private final JsonBodies bodies;

    RecordController(IngestService ingest, QueryService queries, JsonBodies bodies) {
        this.ingest = ingest;
        this.queries = queries;
        this.bodies = bodies;
    }

    @Secured(Roles.GATEWAY)
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest or update a record by (source, recordId) and decide its person",
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RecordRequest.class))))
    public IngestResponse ingest(@Body String body, Principal principal) {
        RecordRequest request = bodies.read(body, RecordRequest.class);
        IngestResult result = ingest.ingest(request.toFields(), body, principal.getName());
        return new IngestResponse(result.personId(), result.decision(), result.candidates());
    }

    @Secured(Roles.STEWARD)
    @Get(uri = "/{source}/{recordId}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "A stored record with its current link")
    public RecordDetails record(String source, String recordId) {
        return queries.record(source, recordId);
    }
}
