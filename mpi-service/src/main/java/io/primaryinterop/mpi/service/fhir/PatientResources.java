package io.primaryinterop.mpi.service.fhir;

import io.primaryinterop.mpi.service.application.PatientDirectory.Person;
import io.primaryinterop.mpi.service.application.PatientDirectory.RecordRef;
import io.primaryinterop.mpi.service.application.PatientDirectory.SourceRecord;
import io.primaryinterop.mpi.service.domain.RecordFields;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Patient.LinkType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Patients as the index shows them. A source record is {@code Patient/rec-<n>}: the resource as its
 * source sent it (or, for records that came another way, built from its fields), with a {@code refer}
 * link to its person. A person is {@code Patient/<enterprise id>}: the golden record, the enterprise id
 * and its records' identifiers, {@code seealso} links to the records; a merged person is inactive with a
 * {@code replaced-by} link.
 */
@Singleton
final class PatientResources {

    static final String RECORD_PREFIX = "rec-";
    private static final Pattern RECORD_ID = Pattern.compile("rec-(\\d{1,18})");
    private static final Pattern PERSON_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final FhirIo io;
    private final FhirConfiguration configuration;

    PatientResources(FhirIo io, FhirConfiguration configuration) {
        this.io = io;
        this.configuration = configuration;
    }

    /** The row id of a source record's logical id ({@code rec-<n>}), or -1. */
    static long recordRowId(String id) {
        var m = RECORD_ID.matcher(id);
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    static boolean isPersonId(String id) {
        return PERSON_ID.matcher(id).matches();
    }

    static String recordId(long rowId) {
        return RECORD_PREFIX + rowId;
    }

    Patient record(SourceRecord r) {
        Patient patient = io.parseStored(r.rawPayload()) instanceof Patient sent ? sent : fromFields(r.fields());
        patient.setId(recordId(r.rowId()));
        patient.getMeta().setVersionId(Integer.toString(r.version())).setLastUpdated(date(r.updatedAt()));
        RecordFields f = r.fields();
        boolean hasIdentity = patient.getIdentifier().stream()
                .anyMatch(i -> f.source().equals(i.getSystem()) && f.recordId().equals(i.getValue()));
        if (!hasIdentity) {
            patient.getIdentifier().add(0, new Identifier().setSystem(f.source()).setValue(f.recordId()));
        }
        patient.getLink().clear();
        patient.addLink().setType(LinkType.REFER).setOther(new Reference("Patient/" + r.personId()));
        return patient;
    }

    Patient person(Person p) {
        Patient patient = fromFields(p.golden());
        patient.setId(p.personId());
        patient.getMeta().setVersionId(Integer.toString(p.version())).setLastUpdated(date(p.updatedAt()));
        patient.setActive("ACTIVE".equals(p.status()));
        patient.getIdentifier().add(0, new Identifier().setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(configuration.enterpriseSystem()).setValue(p.personId()));
        for (RecordRef ref : p.records()) {
            patient.addIdentifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(ref.source()).setValue(ref.recordId());
            patient.addLink().setType(LinkType.SEEALSO).setOther(new Reference("Patient/" + recordId(ref.rowId())));
        }
        if (p.mergedInto() != null) {
            patient.addLink().setType(LinkType.REPLACEDBY).setOther(new Reference("Patient/" + p.mergedInto()));
        }
        return patient;
    }

    /** A Patient with the demographics of a record or golden record (no identity). */
    Patient fromFields(RecordFields f) {
        Patient patient = new Patient();
        if (f.familyName() != null || f.givenName() != null || f.middleName() != null) {
            HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(f.familyName());
            if (f.givenName() != null) {
                name.addGiven(f.givenName());
            }
            if (f.middleName() != null) {
                name.addGiven(f.middleName());
            }
        }
        patient.setGender(gender(f.sex()));
        if (f.birthDate() != null && f.birthDate().matches("\\d{4}-\\d{2}-\\d{2}")) {
            patient.setBirthDateElement(new DateType(f.birthDate()));
        }
        if (f.addressLine() != null || f.city() != null || f.state() != null || f.postalCode() != null || f.country() != null) {
            Address a = patient.addAddress().setCity(f.city()).setState(f.state()).setPostalCode(f.postalCode())
                    .setCountry(f.country());
            if (f.addressLine() != null) {
                a.getLine().add(new StringType(f.addressLine()));
            }
        }
        if (f.phone() != null) {
            patient.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(f.phone());
        }
        if (f.email() != null) {
            patient.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(f.email());
        }
        if (f.nationalId() != null) {
            Identifier national = patient.addIdentifier().setSystem(configuration.nationalIdSystem()).setValue(f.nationalId());
            national.getType().addCoding().setSystem(PatientFields.IDENTIFIER_TYPES).setCode("SS");
        }
        return patient;
    }

    private static AdministrativeGender gender(String sex) {
        if (sex == null || sex.isBlank()) {
            return null;
        }
        return switch (sex.trim().toUpperCase(Locale.ROOT)) {
            case "M", "MALE" -> AdministrativeGender.MALE;
            case "F", "FEMALE" -> AdministrativeGender.FEMALE;
            case "O", "OTHER" -> AdministrativeGender.OTHER;
            default -> AdministrativeGender.UNKNOWN;
        };
    }

    private static Date date(LocalDateTime utc) {
        return utc == null ? null : Date.from(utc.toInstant(ZoneOffset.UTC));
    }

    /** For the stored payload: the resource without server-assigned id and meta. */
    String payload(IBaseResource resource) {
        return io.json(resource);
    }
}
