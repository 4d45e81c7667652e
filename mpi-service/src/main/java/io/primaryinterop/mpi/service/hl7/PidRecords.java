package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.DataTypeException;
import ca.uhn.hl7v2.model.v25.datatype.DTM;
import ca.uhn.hl7v2.model.v25.datatype.XAD;
import ca.uhn.hl7v2.model.v25.datatype.XPN;
import ca.uhn.hl7v2.model.v25.datatype.XTN;
import ca.uhn.hl7v2.model.v25.segment.PID;
import io.primaryinterop.mpi.service.domain.CrossReference.SourceIdentifier;
import io.primaryinterop.mpi.service.domain.RecordFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A PID segment as the MPI's source records: one record per PID-3 identifier (source = its assigning
 * authority, recordId = the identifier), all with the PID's demographics. An identifier of type SS
 * is the national id, not a record. Refuses, naming the field, what cannot be stored faithfully.
 */
final class PidRecords {

    /** Where each record field comes from, for ERR locations of the service's own checks. */
    private static final Map<String, int[]> FIELD_LOCATIONS = Map.ofEntries(
            Map.entry("source", new int[] {3, 4}), Map.entry("recordId", new int[] {3, 1}),
            Map.entry("familyName", new int[] {5, 1}), Map.entry("givenName", new int[] {5, 2}),
            Map.entry("middleName", new int[] {5, 3}), Map.entry("birthDate", new int[] {7, 0}),
            Map.entry("sex", new int[] {8, 0}), Map.entry("addressLine", new int[] {11, 1}),
            Map.entry("city", new int[] {11, 3}), Map.entry("state", new int[] {11, 4}),
            Map.entry("postalCode", new int[] {11, 5}), Map.entry("country", new int[] {11, 6}),
            Map.entry("phone", new int[] {13, 0}), Map.entry("email", new int[] {13, 4}),
            Map.entry("nationalId", new int[] {19, 0}));

    /** ISO 3166 alpha-3 (what HL7 senders usually write in XAD-6) to alpha-2 (the record's country). */
    private static final Map<String, String> ALPHA3_TO_ALPHA2 = Stream.of(Locale.getISOCountries())
            .collect(Collectors.toMap(a2 -> new Locale("", a2).getISO3Country(), Function.identity()));

    private PidRecords() {
    }

    static List<RecordFields> of(PID pid) throws HL7Exception {
        if (pid.isEmpty()) {
            throw Problems.segment("PID", ErrorCode.SEGMENT_SEQUENCE_ERROR, "the PID segment is missing");
        }
        List<String> demographics = demographics(pid);
        List<RecordFields> records = new ArrayList<>();
        for (SourceIdentifier id : identifiers(pid)) {
            records.add(RecordFields.of(id.source(), id.recordId(), demographics));
        }
        return records;
    }

    /** ERR location (PID field and component) of a record field named by the service's checks. */
    static HL7Exception problemAt(String recordField, String reason) {
        int[] at = FIELD_LOCATIONS.getOrDefault(recordField, new int[] {3, 0});
        return Problems.at("PID", at[0], at[1] > 0 ? 1 : 0, at[1], ErrorCode.DATA_TYPE_ERROR,
                "PID-" + at[0] + (at[1] > 0 ? "." + at[1] : "") + " (" + recordField + ") " + reason);
    }

    private static Set<SourceIdentifier> identifiers(PID pid) throws HL7Exception {
        Set<SourceIdentifier> identifiers = new LinkedHashSet<>();
        int reps = Cx.repetitions(pid, 3);
        for (int rep = 1; rep <= reps; rep++) {
            Cx cx = Cx.read(pid, 3, rep);
            if (!cx.isEmpty() && !cx.isSocialSecurityNumber()) {
                identifiers.add(cx.toSourceIdentifier());
            }
        }
        if (identifiers.isEmpty()) {
            throw Problems.at("PID", 3, ErrorCode.REQUIRED_FIELD_MISSING,
                    "PID-3 patient identifier list has no identifier with an assigning authority (other than an SSN)");
        }
        return identifiers;
    }

    /** In {@link RecordFields#demographics()} order. */
    private static List<String> demographics(PID pid) throws HL7Exception {
        XPN name = preferred(pid.getPatientName(), x -> text(x.getNameTypeCode().getValue()), "L");
        XAD address = preferred(pid.getPatientAddress(), x -> text(x.getAddressType().getValue()), "H");
        String family = name == null ? null : text(name.getFamilyName().getSurname().getValue());
        String given = name == null ? null : text(name.getGivenName().getValue());
        String middle = name == null ? null : text(name.getSecondAndFurtherGivenNamesOrInitialsThereof().getValue());
        List<XTN> telecoms = new ArrayList<>(List.of(pid.getPhoneNumberHome()));
        telecoms.addAll(List.of(pid.getPhoneNumberBusiness()));
        return java.util.Arrays.asList(given, middle, family, text(pid.getAdministrativeSex().getValue()),
                birthDate(pid.getDateTimeOfBirth().getTime()),
                address == null ? null : addressLine(address),
                address == null ? null : text(address.getCity().getValue()),
                address == null ? null : text(address.getStateOrProvince().getValue()),
                address == null ? null : text(address.getZipOrPostalCode().getValue()),
                address == null ? null : country(text(address.getCountry().getValue())),
                phone(telecoms), email(telecoms), nationalId(pid));
    }

    /** The repetition with the wanted type code, else the first non-empty one. */
    private static <T extends ca.uhn.hl7v2.model.Type> T preferred(T[] reps, Function<T, String> type, String wanted)
            throws HL7Exception {
        T first = null;
        for (T rep : reps) {
            if (rep.isEmpty()) {
                continue;
            }
            if (wanted.equalsIgnoreCase(type.apply(rep))) {
                return rep;
            }
            if (first == null) {
                first = rep;
            }
        }
        return first;
    }

    /** PID-7 as YYYY-MM-DD; HAPI checks it is a real calendar date; day precision is required. */
    private static String birthDate(DTM time) throws HL7Exception {
        if (time.isEmpty()) {
            return null;
        }
        try {
            int year = time.getYear();
            int month = time.getMonth();
            int day = time.getDay();
            if (month == 0 || day == 0) {
                throw Problems.at("PID", 7, 0, 1, ErrorCode.DATA_TYPE_ERROR,
                        "PID-7 date of birth needs at least day precision (YYYYMMDD)");
            }
            return "%04d-%02d-%02d".formatted(year, month, day);
        } catch (DataTypeException notADate) {
            throw Problems.at("PID", 7, 0, 1, ErrorCode.DATA_TYPE_ERROR,
                    "PID-7 date of birth is not a calendar date in the form YYYYMMDD[HHMM[SS]]");
        }
    }

    private static String addressLine(XAD address) {
        String street = text(address.getStreetAddress().getStreetOrMailingAddress().getValue());
        String other = text(address.getOtherDesignation().getValue());
        if (street == null) {
            return other;
        }
        return other == null ? street : street + ", " + other;
    }

    private static String country(String written) {
        if (written == null || written.length() != 3) {
            return written;
        }
        return ALPHA3_TO_ALPHA2.getOrDefault(written.toUpperCase(Locale.ROOT), written);
    }

    /** The first telephone (XTN-1, else area code and local number; not an internet address). */
    private static String phone(List<XTN> telecoms) {
        for (XTN xtn : telecoms) {
            if (isEmail(xtn)) {
                continue;
            }
            String number = text(xtn.getTelephoneNumber().getValue());
            if (number != null) {
                return number;
            }
            String local = text(xtn.getLocalNumber().getValue());
            if (local != null) {
                String area = text(xtn.getAreaCityCode().getValue());
                return area == null ? local : "(" + area + ") " + local;
            }
        }
        return null;
    }

    private static String email(List<XTN> telecoms) {
        for (XTN xtn : telecoms) {
            String address = text(xtn.getEmailAddress().getValue());
            if (address != null && isEmail(xtn)) {
                return address;
            }
        }
        return null;
    }

    private static boolean isEmail(XTN xtn) {
        return "NET".equalsIgnoreCase(text(xtn.getTelecommunicationUseCode().getValue()))
                || "Internet".equalsIgnoreCase(text(xtn.getTelecommunicationEquipmentType().getValue()))
                || text(xtn.getEmailAddress().getValue()) != null && text(xtn.getTelephoneNumber().getValue()) == null
                && text(xtn.getLocalNumber().getValue()) == null;
    }

    /** PID-19, else an SS-typed PID-3 identifier. */
    private static String nationalId(PID pid) throws HL7Exception {
        String ssn = text(pid.getSSNNumberPatient().getValue());
        if (ssn != null) {
            return ssn;
        }
        int reps = Cx.repetitions(pid, 3);
        for (int rep = 1; rep <= reps; rep++) {
            Cx cx = Cx.read(pid, 3, rep);
            if (cx.isSocialSecurityNumber() && cx.id() != null) {
                return cx.id();
            }
        }
        return null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() || "\"\"".equals(value) ? null : value.trim();
    }
}
