package io.primaryinterop.mpi.service.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.validation.Validated;
import io.primaryinterop.mpi.service.application.QueryService;
import io.primaryinterop.mpi.service.domain.PersonDetails;
import io.primaryinterop.mpi.service.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/** Persons: golden record and linked records; a simple demographic search. */
@Controller("/api/v1/persons")
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "persons")
public class PersonController {

    private final QueryService queries;

    PersonController(QueryService queries) {
        this.queries = queries;
    }

    @Secured(Roles.STEWARD)
    @Get(uri = "/{personId}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "A person: status, golden record and linked records")
    public PersonDetails person(String personId) {
        return queries.person(personId);
    }

    @Secured(Roles.STEWARD)
    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Active persons by golden family name (required), given name and birth date, case-blind")
    public List<PersonDetails> search(@QueryValue @Nullable String familyName, @QueryValue @Nullable String givenName,
                                      @QueryValue @Nullable String birthDate,
                                      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return queries.search(familyName, givenName, birthDate, limit);
    }
}
