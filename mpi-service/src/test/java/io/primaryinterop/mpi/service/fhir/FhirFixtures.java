package io.primaryinterop.mpi.service.fhir;

import io.primaryinterop.mpi.service.testing.Records.Identity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The project's FHIR fixtures (src/test/resources/fhir) filled with a synthetic person's values. */
final class FhirFixtures {

    static final String SSN_SYSTEM = "http://hl7.org/fhir/sid/us-ssn";

    private FhirFixtures() {
    }

    /** fhir/patient.json: MRN {@code mrn} from {@code system}, SSN, name, phone, e-mail, birth date, home address. */
    static String patientJson(Identity p, String system, String mrn) {
        return fill("patient.json", p, Map.of("system", system, "mrn", mrn));
    }

    /** The same Patient in XML. */
    static String patientXml(Identity p, String system, String mrn) {
        return fill("patient.xml", p, Map.of("system", system, "mrn", mrn));
    }

    /** A $match Parameters: a Patient without identifiers or meta, count and onlyCertainMatches. */
    static String matchParameters(Identity p, int count, boolean onlyCertainMatches) {
        return fill("match-parameters.json", p, Map.of("count", Integer.toString(count),
                "onlyCertainMatches", Boolean.toString(onlyCertainMatches)));
    }

    static String resource(String name) {
        try (InputStream in = FhirFixtures.class.getResourceAsStream("/fhir/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource fhir/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String name, Identity p, Map<String, String> extra) {
        String text = resource(name).replace("${given}", p.given()).replace("${family}", p.family())
                .replace("${birthDate}", p.birthDate()).replace("${street}", p.street()).replace("${phone}", p.phone())
                .replace("${ssn}", p.nationalId()).replace("${email}", p.email());
        for (Map.Entry<String, String> e : extra.entrySet()) {
            text = text.replace("${" + e.getKey() + "}", e.getValue());
        }
        return text;
    }
}
