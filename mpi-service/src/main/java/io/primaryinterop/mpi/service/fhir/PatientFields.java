package io.primaryinterop.mpi.service.fhir;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import io.primaryinterop.mpi.service.domain.RecordFields;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * A FHIR Patient as the index's record fields, and which of its identifiers is the source record's
 * identity (see docs/fhir.md): the first medical record number (identifier type MR) with system and
 * value, else the first identifier with system and value that is neither the national id nor the
 * enterprise id. Its system is the MPI source, its value the record id.
 */
@Singleton
final class PatientFields {

    static final String IDENTIFIER_TYPES = "http://terminology.hl7.org/CodeSystem/v2-0203";

    private final FhirConfiguration configuration;

    PatientFields(FhirConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The identifier that names the source record; 422 when the Patient has none. */
    SourceIdentity identity(Patient patient) {
        List<Identifier> usable = patient.getIdentifier().stream()
                .filter(i -> i.hasSystem() && i.hasValue() && i.getUse() != Identifier.IdentifierUse.OLD)
                .filter(i -> !isNationalId(i) && !configuration.enterpriseSystem().equals(i.getSystem()))
                .toList();
        return usable.stream().filter(i -> hasType(i, "MR")).findFirst().or(() -> usable.stream().findFirst())
                .map(i -> new SourceIdentity(i.getSystem(), i.getValue()))
                .orElseThrow(() -> new UnprocessableEntityException("Patient.identifier: a source record identifier "
                        + "(system and value, e.g. the medical record number) is required; the system names the source"));
    }

    /** The record fields of a Patient to be stored under this identity. A partial birth date is refused (422). */
    RecordFields record(Patient patient, SourceIdentity identity) {
        if (patient.hasBirthDateElement() && patient.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY) {
            throw new UnprocessableEntityException("Patient.birthDate: a full date (YYYY-MM-DD) is needed to store a record");
        }
        return fields(patient, identity.system(), identity.value());
    }

    /** The fields of a probe ($match): no identity; a partial birth date is left out. */
    RecordFields probe(Patient patient) {
        return fields(patient, null, null);
    }

    private RecordFields fields(Patient p, String source, String recordId) {
        Optional<HumanName> name = pick(p.getName(), n -> n.getUse() == null ? 2 : switch (n.getUse()) {
            case OFFICIAL -> 0;
            case USUAL -> 1;
            case OLD, ANONYMOUS, NICKNAME, MAIDEN -> 9;
            default -> 2;
        });
        List<StringType> given = name.map(HumanName::getGiven).orElse(List.of());
        String first = given.isEmpty() ? null : given.get(0).getValue();
        String middle = given.size() < 2 ? null : given.subList(1, given.size()).stream().map(StringType::getValue)
                .collect(Collectors.joining(" "));
        String birthDate = p.hasBirthDateElement() && p.getBirthDateElement().getPrecision() == TemporalPrecisionEnum.DAY
                ? p.getBirthDateElement().getValueAsString() : null;
        Optional<Address> address = pick(p.getAddress(), a -> a.getUse() == null ? 1 : switch (a.getUse()) {
            case HOME -> 0;
            case OLD -> 9;
            default -> 1;
        });
        String line = address.map(a -> a.getLine().stream().map(StringType::getValue).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(" "))).filter(s -> !s.isBlank()).orElse(null);
        String nationalId = p.getIdentifier().stream().filter(this::isNationalId).filter(Identifier::hasValue)
                .map(Identifier::getValue).findFirst().orElse(null);
        return new RecordFields(source, recordId, first, middle, name.map(HumanName::getFamily).orElse(null), sex(p.getGender()),
                birthDate, line, address.map(Address::getCity).orElse(null), address.map(Address::getState).orElse(null),
                address.map(Address::getPostalCode).orElse(null), address.map(Address::getCountry).orElse(null),
                telecom(p, ContactPointSystem.PHONE), telecom(p, ContactPointSystem.EMAIL), nationalId);
    }

    boolean isNationalId(Identifier identifier) {
        return configuration.nationalIdSystem().equals(identifier.getSystem()) || hasType(identifier, "SS");
    }

    private static boolean hasType(Identifier identifier, String code) {
        return identifier.getType().getCoding().stream()
                .anyMatch(c -> code.equals(c.getCode()) && (!c.hasSystem() || IDENTIFIER_TYPES.equals(c.getSystem())));
    }

    private static String sex(AdministrativeGender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case MALE -> "M";
            case FEMALE -> "F";
            case OTHER -> "O";
            case UNKNOWN -> "U";
            default -> null;
        };
    }

    private static String telecom(Patient p, ContactPointSystem system) {
        return pick(p.getTelecom().stream().filter(t -> t.getSystem() == system && t.hasValue()).toList(),
                t -> t.getUse() == null ? 1 : switch (t.getUse()) {
                    case HOME, MOBILE -> 0;
                    case OLD -> 9;
                    default -> 1;
                }).map(ContactPoint::getValue).orElse(null);
    }

    /** The element of least rank (first among equals); rank 9 (old) only when nothing else is there. */
    private static <T> Optional<T> pick(List<T> items, java.util.function.ToIntFunction<T> rank) {
        return items.stream().min(Comparator.comparingInt(rank));
    }

    /** The source record identity: identifier system (the MPI source) and value (the record id). */
    record SourceIdentity(String system, String value) {
        String token() {
            return system + "|" + value;
        }
    }
}
