package io.primaryinterop.mpi.service.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.application.ModelVersionService;
import io.primaryinterop.mpi.service.security.Roles;
import io.primaryinterop.mpi.service.store.ModelVersionRepository.StoredModelVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.List;

/** Model versions (admin): register a model JSON, list, read, activate (with a re-match job) or dry-run. */
@Controller("/api/v1/models")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "models")
public class ModelController {

    private final ModelVersionService models;

    ModelController(ModelVersionService models) {
        this.models = models;
    }

    @Secured(Roles.ADMIN)
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a model JSON document as a new, inactive version named by its `version`")
    public HttpResponse<ModelVersionResponse> register(@Body String model, Principal principal) {
        return HttpResponse.status(HttpStatus.CREATED).body(view(models.register(model, principal.getName())));
    }

    @Secured(Roles.ADMIN)
    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Stored model versions, oldest first; `running` marks the one the service matches with")
    public List<ModelVersionResponse> list() {
        return models.list().stream().map(this::view).toList();
    }

    @Secured(Roles.ADMIN)
    @Get(uri = "/{version}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The model JSON document of a stored version")
    public String model(String version) {
        return models.get(version).modelJson();
    }

    @Secured(Roles.ADMIN)
    @Post(uri = "/{version}/activate", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Activate a version and re-match the AUTO links with it (a job); with dryRun=true only report what would change")
    public HttpResponse<JobResponse> activate(String version, @QueryValue(defaultValue = "false") boolean dryRun,
                                              Principal principal) {
        return HttpResponse.status(HttpStatus.ACCEPTED).body(JobResponse.of(models.activate(version, dryRun, principal.getName())));
    }

    private ModelVersionResponse view(StoredModelVersion v) {
        return new ModelVersionResponse(v.version(), v.createdAt(), v.createdBy(), v.active(), v.activatedAt(),
                v.activatedBy(), v.version().equals(models.running()));
    }

    /** A stored model version. */
    public record ModelVersionResponse(String version, LocalDateTime createdAt, String createdBy, boolean active,
                                       LocalDateTime activatedAt, String activatedBy, boolean running) {
    }
}
