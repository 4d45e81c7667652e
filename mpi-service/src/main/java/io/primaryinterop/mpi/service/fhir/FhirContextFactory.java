package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.LenientErrorHandler;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** One FHIR R4 context for the service (building it scans the model classes; it is thread-safe once built). */
@Factory
final class FhirContextFactory {

    @Singleton
    FhirContext fhirContext() {
        FhirContext context = FhirContext.forR4();
        // Unknown elements are tolerated (real clients send extensions of their own), invalid values are not;
        // nothing is logged: parser messages can quote patient values.
        LenientErrorHandler errors = new LenientErrorHandler(false);
        errors.setErrorOnInvalidValue(true);
        context.setParserErrorHandler(errors);
        return context;
    }
}
