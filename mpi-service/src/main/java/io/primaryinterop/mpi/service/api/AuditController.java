package io.primaryinterop.mpi.service.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.application.AuditService;
import io.primaryinterop.mpi.service.domain.AuditEntry;
import io.primaryinterop.mpi.service.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail, read only: there is no endpoint that changes or removes an event. */
@Controller("/api/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STEWARD)
@Tag(name = "audit")
public class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit events by subject (personId, or source and recordId), actor and time range [from, to); oldest first, paged")
    public AuditEntry.Page search(@QueryValue @Nullable String personId, @QueryValue @Nullable String source,
                                  @QueryValue @Nullable String recordId, @QueryValue @Nullable String actor,
                                  @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                  @QueryValue @Nullable String page, @QueryValue @Nullable String size) {
        return audit.search(new AuditEntry.Query(QueryParams.text(personId), QueryParams.text(source),
                QueryParams.text(recordId), QueryParams.text(actor), QueryParams.time("from", from),
                QueryParams.time("to", to), QueryParams.integer("page", page, 0), QueryParams.integer("size", size, 50)));
    }
}
