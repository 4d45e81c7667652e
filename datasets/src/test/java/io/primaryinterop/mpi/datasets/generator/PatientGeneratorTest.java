package io.primaryinterop.mpi.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PatientGeneratorTest {

    private static CollectingSink generate(Profile profile, long persons, long seed) {
        CollectingSink sink = new CollectingSink();
        new PatientGenerator(GeneratorConfig.of(persons, profile), new SplittableRandom(seed)).generate(sink);
        return sink;
    }

    @Test
    void makesExactlyThePersonsAskedForWithDuplicatesAsConfigured() {
        CollectingSink sink = generate(Profile.typical(), 20_000, 1);
        Map<String, Long> recordsPerPerson = sink.records.stream()
                .collect(Collectors.groupingBy(r -> r.person().personId(), Collectors.counting()));
        assertEquals(20_000, recordsPerPerson.size());
        double duplicated = recordsPerPerson.values().stream().filter(n -> n > 1).count() / 20_000.0;
        assertEquals(Profile.typical().duplicateShare(), duplicated, 0.02);
        long max = recordsPerPerson.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(max >= 7 && max <= 10, "long tail up to 10: " + max);
    }

    @Test
    void recordsComeFromSeveralSources() {
        Set<String> sources = generate(Profile.typical(), 2_000, 2).records.stream()
                .map(r -> r.get(PatientField.SOURCE)).collect(Collectors.toSet());
        assertEquals(Set.of("HOSP_A", "LAB_B", "CLINIC_C", "HIE_D"), sources);
    }

    @Test
    void cleanRecordsCarryTheTrueValues() {
        Profile none = Profile.clean();
        for (String corruption : none.corruptionRates().keySet()) {
            none = none.withCorruptionRate(corruption, 0.0);
        }
        for (RecordDraft record : generate(none, 500, 3).records) {
            Person p = record.person();
            if (!record.isEmpty(PatientField.BIRTH_DATE)) {
                assertEquals(p.birthDate().toString(), record.get(PatientField.BIRTH_DATE));
            }
            if (!record.isEmpty(PatientField.FAMILY_NAME)) {
                assertTrue(record.get(PatientField.FAMILY_NAME).equalsIgnoreCase(p.familyName()));
            }
            if (!record.isEmpty(PatientField.POSTAL_CODE)) {
                assertEquals(p.place().zip(), record.get(PatientField.POSTAL_CODE));
            }
            if (!record.isEmpty(PatientField.STATE)) {
                assertEquals(p.place().state(), record.get(PatientField.STATE));
            }
        }
    }

    @Test
    void twinsShareFamilyNameBirthDateAddressAndPhoneButNotGivenName() {
        Profile twins = Profile.typical().withHardNegatives(new HardNegativeRates(0.5, 0, 0, 0));
        CollectingSink sink = generate(twins, 2_000, 4);
        Map<String, Person> persons = persons(sink);
        assertTrue(sink.hardNegatives.size() > 500);
        for (CollectingSink.HardNegative pair : sink.hardNegatives) {
            assertEquals(HardNegativeKind.TWIN, pair.kind());
            Person a = persons.get(pair.left());
            Person b = persons.get(pair.right());
            assertNotEquals(a.personId(), b.personId());
            assertEquals(a.familyName(), b.familyName());
            assertEquals(a.birthDate(), b.birthDate());
            assertEquals(a.place(), b.place());
            assertEquals(a.houseNumber() + a.street(), b.houseNumber() + b.street());
            assertEquals(a.phone(), b.phone());
            assertNotEquals(a.nationalId(), b.nationalId());
        }
        SameGivenName same = new SameGivenName(GeneratorTables.builtIn().nicknames());
        long differentGiven = sink.hardNegatives.stream()
                .filter(p -> !same.test(persons.get(p.left()).givenName(), persons.get(p.right()).givenName())).count();
        assertTrue(differentGiven >= sink.hardNegatives.size() * 0.999,
                "twins have other given names, not a nickname or a spelling of one name: " + differentGiven);
    }

    @Test
    void juniorAndSeniorShareNameAndAddressAndAreBornTwentyToFortyYearsApart() {
        Profile js = Profile.typical().withHardNegatives(new HardNegativeRates(0, 0.5, 0, 0));
        CollectingSink sink = generate(js, 2_000, 5);
        Map<String, Person> persons = persons(sink);
        assertTrue(sink.hardNegatives.size() > 400);
        for (CollectingSink.HardNegative pair : sink.hardNegatives) {
            Person a = persons.get(pair.left());
            Person b = persons.get(pair.right());
            assertEquals(a.givenName(), b.givenName());
            assertEquals(a.familyName(), b.familyName());
            assertEquals(a.place(), b.place());
            long years = Math.abs(a.birthDate().getYear() - b.birthDate().getYear());
            assertTrue(years >= 20 && years <= 40, "born " + years + " years apart");
            assertTrue(b.birthDate().isBefore(LocalDate.of(2025, 7, 1)));
        }
    }

    @Test
    void householdMembersAndSameNameStrangersAreMarked() {
        Profile h = Profile.typical().withHardNegatives(new HardNegativeRates(0, 0, 0.3, 0.3));
        CollectingSink sink = generate(h, 2_000, 6);
        Map<String, Person> persons = persons(sink);
        for (CollectingSink.HardNegative pair : sink.hardNegatives) {
            Person a = persons.get(pair.left());
            Person b = persons.get(pair.right());
            if (pair.kind() == HardNegativeKind.HOUSEHOLD) {
                assertEquals(a.place(), b.place());
                assertEquals(a.phone(), b.phone());
            } else {
                assertEquals(HardNegativeKind.SAME_NAME, pair.kind());
                assertEquals(a.givenName() + " " + a.familyName(), b.givenName() + " " + b.familyName());
            }
        }
    }

    @Test
    void sameSeedSameRecordsAndAnotherSeedOthers() {
        String first = fingerprint(generate(Profile.hard(), 3_000, 42));
        assertEquals(first, fingerprint(generate(Profile.hard(), 3_000, 42)));
        assertNotEquals(first, fingerprint(generate(Profile.hard(), 3_000, 43)));
    }

    @Test
    void hardProfileCorruptsMoreThanClean() {
        assertTrue(changedShare(Profile.hard()) > changedShare(Profile.typical()) + 0.05);
        assertTrue(changedShare(Profile.typical()) > changedShare(Profile.clean()) + 0.05);
    }

    private static double changedShare(Profile profile) {
        CollectingSink sink = generate(profile, 3_000, 9);
        long changed = sink.records.stream().filter(r -> !r.isEmpty(PatientField.GIVEN_NAME)
                && !r.get(PatientField.GIVEN_NAME).equalsIgnoreCase(r.person().givenName())
                || !r.isEmpty(PatientField.FAMILY_NAME) && !r.get(PatientField.FAMILY_NAME).equalsIgnoreCase(r.person().familyName())
                || !r.isEmpty(PatientField.BIRTH_DATE) && !r.get(PatientField.BIRTH_DATE).equals(r.person().birthDate().toString()))
                .count();
        return changed / (double) sink.records.size();
    }

    private static String fingerprint(CollectingSink sink) {
        StringBuilder sb = new StringBuilder();
        sink.records.forEach(r -> sb.append(String.join(",", r.values())).append('\n'));
        return sb.toString();
    }

    private static Map<String, Person> persons(CollectingSink sink) {
        Map<String, Person> persons = new HashMap<>();
        sink.records.forEach(r -> persons.put(r.person().personId(), r.person()));
        return persons;
    }
}
