package io.primaryinterop.mpi.service.hl7;

import static io.primaryinterop.mpi.service.testing.MllpClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ca.uhn.hl7v2.model.Message;
import io.primaryinterop.mpi.service.testing.Hl7Fixtures;
import io.primaryinterop.mpi.service.testing.MllpClient;
import io.primaryinterop.mpi.service.testing.MllpClient.RawSession;
import io.primaryinterop.mpi.service.testing.Records;
import io.primaryinterop.mpi.service.testing.Records.Identity;
import io.primaryinterop.mpi.service.testing.RunningService;
import io.primaryinterop.mpi.service.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message gets an answer: garbage, broken and unsupported messages a NAK with an ERR saying why. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MllpMalformedMessagesTest {

    private TestDatabase database;
    private RunningService service;
    private MllpClient client;

    @BeforeAll
    void start() {
        database = TestDatabase.h2();
        int port = MllpClient.freePort();
        service = RunningService.start(database, Map.of("mpi.mllp.enabled", true, "mpi.mllp.port", port));
        client = MllpClient.connect(port);
    }

    @AfterAll
    void stop() {
        client.close();
        service.close();
        database.close();
    }

    static Stream<Arguments> refusals() {
        Identity p = Identity.random();
        String pid = Hl7Fixtures.pid(p, Records.id() + "^^^HOSP_A^MR", p.birthDate().replace("-", ""));
        return Stream.of(
                Arguments.of("garbage text", "this is not HL7 at all", "AR", "100", "MSH"),
                Arguments.of("binary garbage", "\u0001\u00ff\u0000\u007f\u0002 \uFFFD", "AR", "100", "MSH"),
                Arguments.of("no MSH segment", Hl7Fixtures.segments(pid), "AR", "100", "MSH"),
                Arguments.of("unsupported message type", Hl7Fixtures.segments(
                        Hl7Fixtures.msh("HOSP_A", "ORU^R01^ORU_R01", "2.5"), pid, "OBR|1"), "AR", "200", "MSH"),
                Arguments.of("unsupported ADT event", Hl7Fixtures.segments(
                        Hl7Fixtures.msh("HOSP_A", "ADT^A03^ADT_A03", "2.5"), "EVN|A03", pid), "AR", "201", "MSH"),
                Arguments.of("an acknowledgement sent to the MPI", Hl7Fixtures.segments(
                        Hl7Fixtures.msh("HOSP_A", "ACK^A01^ACK", "2.5"), "MSA|AA|X1"), "AR", "200", "MSH"),
                Arguments.of("unknown HL7 version", Hl7Fixtures.segments(
                        Hl7Fixtures.msh("HOSP_A", "ADT^A01^ADT_A01", "9.9"), "EVN|A01", pid), "AR", null, null),
                Arguments.of("no message type", Hl7Fixtures.segments(
                        Hl7Fixtures.msh("HOSP_A", "", "2.5"), "EVN|A01", pid), "AR", null, null),
                Arguments.of("ADT without PID", Hl7Fixtures.segments(
                        Hl7Fixtures.msh("HOSP_A", "ADT^A01^ADT_A01", "2.5"), "EVN|A01", "PV1|1|O"), "AE", "100", "PID"),
                Arguments.of("PID-3 empty", Hl7Fixtures.segments(Hl7Fixtures.msh("HOSP_A", "ADT^A04^ADT_A01", "2.5"),
                        "EVN|A04", pid.replaceFirst("\\|[^|]*\\^\\^\\^HOSP_A\\^MR\\|", "||")), "AE", "101", "PID"),
                Arguments.of("PID-3 without assigning authority", Hl7Fixtures.segments(
                        Hl7Fixtures.msh("HOSP_A", "ADT^A08^ADT_A01", "2.5"), "EVN|A08",
                        pid.replace("^^^HOSP_A^MR", "^^^^MR")), "AE", "101", "PID"),
                Arguments.of("a family name longer than its column", Hl7Fixtures.segments(
                        Hl7Fixtures.msh("HOSP_A", "ADT^A01^ADT_A01", "2.5"), "EVN|A01",
                        pid.replace(p.family() + "^", "Q".repeat(101) + "^")), "AE", "102", "PID"),
                Arguments.of("PID-7 month only", Hl7Fixtures.segments(Hl7Fixtures.msh("HOSP_A", "ADT^A01^ADT_A01", "2.5"),
                        "EVN|A01", pid.replace(p.birthDate().replace("-", ""), "198004")), "AE", "102", "PID"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("refusals")
    void isAnsweredWithANakAndAnErrSegment(String name, String text, String code, String errorCode, String segment) {
        String answer = client.sendRaw(text);

        assertNotNull(answer, name + ": no answer");
        Message ack = client.parse(answer);
        assertEquals("ACK", get(ack, "/MSH-9-1"), answer);
        assertEquals(code, get(ack, "/MSA-1"), answer);
        assertNotNull(get(ack, "/ERR-3-1"), answer);
        assertNotNull(get(ack, "/ERR-3-9"), answer);
        if (errorCode != null) {
            assertEquals(errorCode, get(ack, "/ERR-3-1"), answer);
            assertEquals(segment, get(ack, "/ERR-2-1"), answer);
        }
    }

    @Test
    void aNakEchoesTheControlIdWhenTheHeaderCanBeRead() {
        String message = Hl7Fixtures.segments(Hl7Fixtures.msh("HOSP_A", "ORU^R01^ORU_R01", "2.5"), "OBR|1");

        Message ack = client.parse(client.sendRaw(message));

        assertEquals(MllpListenerContract.controlIdOf(message), get(ack, "/MSA-2"));
        assertEquals("MPI", get(ack, "/MSH-3"));
        assertEquals("HOSP_A", get(ack, "/MSH-6"));
    }

    @Test
    void theConnectionStaysOpenAfterARefusal() {
        try (RawSession session = client.rawSession()) {
            assertEquals("AR", get(client.parse(session.send("garbage")), "/MSA-1"));
            String admit = Hl7Fixtures.adt("A01", Identity.random(), Records.id() + "^^^HOSP_A^MR");

            assertEquals("AA", get(client.parse(session.send(admit)), "/MSA-1"));
        }
    }

    @ParameterizedTest(name = "{0} with MSH-18 {1}")
    @CsvSource(delimiter = ';', value = {"UTF-8;UNICODE UTF-8", "UTF-8;", "ISO-8859-1;8859/1"})
    void lettersBeyondAsciiArriveInTheCharsetMsh18Names(String charset, String msh18) {
        Identity patient = Identity.random();
        String mrn = Records.id();
        Identity accented = new Identity("Zoë", "Müller-Ñúñez", patient.birthDate(), patient.street(), patient.phone(),
                patient.nationalId(), patient.email());
        String admit = Hl7Fixtures.adt("A01", accented, mrn + "^^^HOSP_A^MR")
                .replaceFirst("\\|P\\|2\\.5\r", "|P|2.5||||||" + (msh18 == null ? "" : msh18) + "\r");

        assertEquals("AA", get(client.parse(client.sendRaw(admit, Charset.forName(charset))), "/MSA-1"));
        JsonNode record = service.get("/api/v1/records/HOSP_A/" + mrn).json().get("record");
        assertEquals("Zoë", record.get("givenName").asText());
        assertEquals("Müller-Ñúñez", record.get("familyName").asText());
    }

    @Test
    void versionTwoPointThreePointOneMessagesAreAccepted() {
        Identity patient = Identity.random();
        String mrn = Records.id();
        String old = Hl7Fixtures.segments(Hl7Fixtures.msh("HOSP_C", "ADT^A04", "2.3.1"), "EVN|A04|20261126130000",
                Hl7Fixtures.pid(patient, mrn + "^^^HOSP_C^MR", patient.birthDate().replace("-", "")));

        assertEquals("AA", get(client.parse(client.sendRaw(old)), "/MSA-1"));
        assertEquals(patient.family(),
                service.get("/api/v1/records/HOSP_C/" + mrn).json().get("record").get("familyName").asText());
    }
}
