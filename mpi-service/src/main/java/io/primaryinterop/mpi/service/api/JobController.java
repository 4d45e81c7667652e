package io.primaryinterop.mpi.service.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.primaryinterop.mpi.service.application.RematchJobs;
import io.primaryinterop.mpi.service.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Jobs (admin): status and result of a re-match. */
@Controller("/api/v1/jobs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "jobs")
public class JobController {

    private final RematchJobs jobs;

    JobController(RematchJobs jobs) {
        this.jobs = jobs;
    }

    @Secured(Roles.ADMIN)
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "A job's status, progress and, once done, the changes it found or made")
    public JobResponse job(long id) {
        return JobResponse.of(jobs.find(id));
    }
}
