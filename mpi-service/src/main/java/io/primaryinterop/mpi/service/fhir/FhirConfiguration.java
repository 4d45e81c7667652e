package io.primaryinterop.mpi.service.fhir;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The FHIR front end's settings ({@code mpi.fhir.*}).
 *
 * @param enterpriseSystem  identifier system of the enterprise id (the person's id in the index)
 * @param nationalIdSystem  identifier system read into and written from the national id field
 * @param possibleThreshold $match grades a candidate below the review threshold "possible" at or above
 *                          this probability, "certainly-not" below it
 */
@ConfigurationProperties("mpi.fhir")
public record FhirConfiguration(
        @Bindable(defaultValue = "urn:primaryinterop:mpi:person") String enterpriseSystem,
        @Bindable(defaultValue = "http://hl7.org/fhir/sid/us-ssn") String nationalIdSystem,
        @Bindable(defaultValue = "0.01") double possibleThreshold) {

    public FhirConfiguration {
        if (!(possibleThreshold > 0 && possibleThreshold <= 1)) {
            throw new IllegalArgumentException("mpi.fhir.possible-threshold must be in (0,1]: " + possibleThreshold);
        }
    }
}
