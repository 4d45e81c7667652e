package io.primaryinterop.mpi.service.testing;

import io.primaryinterop.mpi.service.testing.Records.Identity;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** HL7 v2 fixture messages (ER7, segments ended by CR) about synthetic people, written for these tests. */
public final class Hl7Fixtures {

    private static final AtomicLong CONTROL_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Hl7Fixtures() {
    }

    public static String controlId() {
        return "T" + CONTROL_IDS.incrementAndGet();
    }

    /** MSH of a 2.5 message from ADMIT at the given facility. */
    public static String msh(String facility, String type, String version) {
        return "MSH|^~\\&|ADMIT|" + facility + "|MPI|PRIMARY|20261126130000||" + type + "|" + controlId() + "|P|" + version;
    }

    /** ADT^{event} for a patient with one identifier per {@code identifiers} entry ("id^^^AUTHORITY^MR" CX values). */
    public static String adt(String event, Identity p, String... identifiers) {
        return segments(msh("HOSP_A", "ADT^" + event + "^" + structure(event), "2.5"),
                "EVN|" + event + "|20261126130000",
                pid(p, String.join("~", identifiers), p.birthDate().replace("-", "")),
                "PV1|1|O");
    }

    /** The PID of {@link #adt}: name (legal), birth date as given, F, home address, phone and e-mail, SSN in PID-19. */
    public static String pid(Identity p, String identifiers, String hl7BirthDate) {
        String[] f = new String[20];
        Arrays.fill(f, "");
        f[0] = "PID";
        f[1] = "1";
        f[3] = identifiers;
        f[5] = p.family() + "^" + p.given() + "^Ann^^^^L";
        f[7] = hl7BirthDate;
        f[8] = "F";
        f[11] = p.street() + "^Apt 2^Richmond^VA^23268^USA^H";
        String[] phone = p.phone().split("-");
        f[13] = "^PRN^PH^^1^" + phone[0] + "^" + phone[1] + phone[2] + "~^NET^Internet^" + p.email();
        f[19] = p.nationalId();
        return String.join("|", f);
    }

    /** ADT^A40: the prior identifier (MRG-1) merged into the survivor (PID-3). */
    public static String merge(Identity survivor, String survivorIdentifier, String priorIdentifier) {
        return segments(msh("HOSP_A", "ADT^A40^ADT_A39", "2.5"),
                "EVN|A40|20261126130000",
                pid(survivor, survivorIdentifier, survivor.birthDate().replace("-", "")),
                "MRG|" + priorIdentifier);
    }

    /** QBP^Q23 for one identifier, optionally restricted to domains (QPD-4 repetitions "^^^DOMAIN"). */
    public static String pixQuery(String identifier, String... domains) {
        String wanted = String.join("~", Arrays.stream(domains).map(d -> "^^^" + d).toList());
        return segments(msh("HOSP_B", "QBP^Q23^QBP_Q21", "2.5"),
                "QPD|IHE PIX Query|Q" + controlId() + "|" + identifier + "|" + wanted,
                "RCP|I");
    }

    public static String segments(String... segments) {
        return String.join("\r", segments) + "\r";
    }

    private static String structure(String event) {
        return switch (event) {
            case "A05" -> "ADT_A05";
            case "A40" -> "ADT_A39";
            default -> "ADT_A01";
        };
    }
}
