package io.primaryinterop.mpi.service.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.api.StewardRequests.LinkRequest;
import io.primaryinterop.mpi.service.api.StewardRequests.MergeRequest;
import io.primaryinterop.mpi.service.api.StewardRequests.ReasonRequest;
import io.primaryinterop.mpi.service.application.IdentityService;
import io.primaryinterop.mpi.service.domain.PersonDetails;
import io.primaryinterop.mpi.service.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Identity management by stewards: merge, unmerge, manual link and unlink. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STEWARD)
@Tag(name = "identity")
public class IdentityController {

    private final IdentityService identity;
    private final JsonBodies bodies;

    IdentityController(IdentityService identity, JsonBodies bodies) {
        this.identity = identity;
        this.bodies = bodies;
    }

    @Post(uri = "/persons/{survivorId}/merge", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge personId into the survivor: its records move, it becomes a redirect",
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MergeRequest.class))))
    public PersonDetails merge(String survivorId, @Body String body, Principal principal) {
        MergeRequest request = bodies.read(body, MergeRequest.class);
        return identity.merge(survivorId, request.personId(), principal.getName(), request.reason());
    }

    @Post(uri = "/persons/{personId}/unmerge", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Undo the merge that made personId a redirect, exactly; 409 with the reason where later changes prevent it")
    public PersonDetails unmerge(String personId, @Body String body, Principal principal) {
        ReasonRequest request = bodies.read(body, ReasonRequest.class);
        return identity.unmerge(personId, principal.getName(), request.reason());
    }

    @Post(uri = "/records/{source}/{recordId}/link", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Link the record to a person by hand (MANUAL: matching never moves it)",
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LinkRequest.class))))
    public PersonDetails link(String source, String recordId, @Body String body, Principal principal) {
        LinkRequest request = bodies.read(body, LinkRequest.class);
        return identity.link(source, recordId, request.personId(), principal.getName(), request.reason());
    }

    @Post(uri = "/records/{source}/{recordId}/unlink", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Take the record out of its person into a new person of its own (MANUAL)")
    public PersonDetails unlink(String source, String recordId, @Body String body, Principal principal) {
        ReasonRequest request = bodies.read(body, ReasonRequest.class);
        return identity.unlink(source, recordId, principal.getName(), request.reason());
    }
}
