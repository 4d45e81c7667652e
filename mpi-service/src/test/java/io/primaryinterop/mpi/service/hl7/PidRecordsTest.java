package io.primaryinterop.mpi.service.hl7;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v25.segment.PID;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import io.primaryinterop.mpi.service.domain.RecordFields;
import io.primaryinterop.mpi.service.testing.Hl7Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A PID as source records: one per identifier, the demographics HL7 senders actually write. Synthetic values only. */
class PidRecordsTest {

    private static final HapiContext HAPI = hapi();

    private static HapiContext hapi() {
        HapiContext context = new DefaultHapiContext();
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
        context.setValidationContext(ValidationContextFactory.noValidation());
        return context;
    }

    private static List<RecordFields> records(String pid) throws HL7Exception {
        String message = Hl7Fixtures.segments(Hl7Fixtures.msh("HOSP_A", "ADT^A01^ADT_A01", "2.5"), "EVN|A01", pid);
        return PidRecords.of((PID) HAPI.getPipeParser().parse(message).get("PID"));
    }

    @Test
    void everyIdentifierWithAnAuthorityIsARecordAndAnSsnIsTheNationalId() throws HL7Exception {
        List<RecordFields> records = records(
                "PID|1||MRN1^^^HOSP_A^MR~E77^^^&2.16.840.1.113883.19.5&ISO^PI~MRN1^^^HOSP_A^MR~999-12-3456^^^SSA^SS"
                        + "||ZEBULON^QUILLA||19700203|F");

        assertEquals(List.of("HOSP_A/MRN1", "2.16.840.1.113883.19.5/E77"),
                records.stream().map(r -> r.source() + "/" + r.recordId()).toList());
        assertEquals("999-12-3456", records.get(0).nationalId());
        assertEquals(records.get(0).demographics(), records.get(1).demographics());
    }

    @Test
    void theLegalNameAndTheHomeAddressArePreferred() throws HL7Exception {
        RecordFields r = records("PID|1||M2^^^HOSP_A||NICK^NAME^^^^^N~XANTHE^YORU^BETH^^^^L||19650101|M|||"
                + "1 Work Rd^^Worktown^TX^75001^USA^B~9 Home Ln^Unit 4^Hometown^OR^97201^CAN^H").get(0);

        assertEquals("XANTHE", r.familyName());
        assertEquals("YORU", r.givenName());
        assertEquals("BETH", r.middleName());
        assertEquals("9 Home Ln, Unit 4", r.addressLine());
        assertEquals("Hometown", r.city());
        assertEquals("OR", r.state());
        assertEquals("97201", r.postalCode());
        assertEquals("CA", r.country());
        assertEquals("M", r.sex());
        assertEquals("1965-01-01", r.birthDate());
    }

    @ParameterizedTest(name = "PID-13 {0} -> phone {1}, email {2}")
    @CsvSource(delimiter = ';', value = {
            "(555)201-3344;(555)201-3344;",
            "^PRN^PH^^1^555^2013344;(555) 2013344;",
            "^NET^Internet^qz@example.org~^PRN^PH^^^555^2013344;(555) 2013344;qz@example.org",
            "^^^qz@example.org;;qz@example.org",
            "\"\";;"})
    void telecomsGiveThePhoneAndTheEmail(String telecoms, String phone, String email) throws HL7Exception {
        RecordFields r = records("PID|1||M3^^^HOSP_A||DOE^JAN||19800101|F|||||" + telecoms).get(0);

        assertEquals(phone, r.phone());
        assertEquals(email, r.email());
    }

    @Test
    void theNationalIdComesFromPid19First() throws HL7Exception {
        RecordFields r = records("PID|1||M4^^^HOSP_A~111-22-3333^^^SSA^SS||DOE^JAN||19800101|F|||||||||||444-55-6666").get(0);

        assertEquals("444-55-6666", r.nationalId());
    }

    @Test
    void aBirthTimeGivesItsDateAndUnknownValuesStayUnknown() throws HL7Exception {
        RecordFields r = records("PID|1||M5^^^HOSP_A||DOE||198002291230-0500").get(0);

        assertEquals("1980-02-29", r.birthDate());
        assertNull(r.givenName());
        assertNull(r.sex());
        assertNull(r.addressLine());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "PID|1||||DOE^JAN||19800101;PID-3",
            "PID|1||^^^^MR~ ||DOE^JAN||19800101;PID-3",
            "PID|1||M6^^^^MR||DOE^JAN||19800101;PID-3 assigning authority",
            "PID|1||^^^HOSP_A^MR||DOE^JAN||19800101;PID-3 identifier",
            "PID|1||999-12-3456^^^SSA^SS||DOE^JAN||19800101;PID-3",
            "PID|1||M7^^^HOSP_A||DOE^JAN||19810229;PID-7",
            "PID|1||M8^^^HOSP_A||DOE^JAN||1981;PID-7 date of birth needs at least day precision",
            "PID|1||M9^^^HOSP_A||DOE^JAN||SOON;PID-7"})
    void unusableFieldsAreRefusedNamingTheField(String pid, String named) {
        HL7Exception problem = assertThrows(HL7Exception.class, () -> records(pid));

        assertTrue(problem.getMessage().startsWith(named), problem.getMessage());
        assertEquals("PID", problem.getLocation().getSegmentName());
    }
}
