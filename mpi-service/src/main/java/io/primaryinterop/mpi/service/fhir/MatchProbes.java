package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.primaryinterop.mpi.service.domain.RecordFields;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;

/** $match request bodies for load tools: a record's demographics as the Patient of a Parameters resource. */
public final class MatchProbes {

    private final FhirContext fhir = FhirContext.forR4();
    private final PatientResources patients;

    public MatchProbes() {
        FhirConfiguration defaults = new FhirConfiguration("urn:primaryinterop:mpi:person", "http://hl7.org/fhir/sid/us-ssn", 0.01);
        this.patients = new PatientResources(new FhirIo(fhir), defaults);
    }

    /** {@code Parameters(resource = Patient without identity, count, onlyCertainMatches = false)} as JSON. */
    public String parametersJson(RecordFields record, int count) {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("resource").setResource(patients.fromFields(record));
        parameters.addParameter().setName("count").setValue(new IntegerType(count));
        parameters.addParameter().setName("onlyCertainMatches").setValue(new BooleanType(false));
        return fhir.newJsonParser().encodeResourceToString(parameters);
    }
}
