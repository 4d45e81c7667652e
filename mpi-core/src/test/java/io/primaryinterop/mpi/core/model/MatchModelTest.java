package io.primaryinterop.mpi.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.normalize.NormalizedRecord;
import io.primaryinterop.mpi.core.normalize.RecordNormalizer;
import io.primaryinterop.mpi.core.record.PatientRecord;
import io.primaryinterop.mpi.core.scoring.MatchWeights;
import io.primaryinterop.mpi.core.table.PatientTable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchModelTest {
    private static final MatchModel MODEL = ModelSpec.defaultPatientModel().compile();
    private static final RecordNormalizer NORMALIZER = RecordNormalizer.standard();

    static PatientRecord patient(String id, String given, String family, String sex, String dob, String zip, String ssn) {
        return new PatientRecord(id, "T", given, null, family, sex, dob, null, null, null, zip, null, null, null, ssn);
    }

    @Test
    void weightIsPriorPlusContributionsAndProbabilityFollows() {
        NormalizedRecord a = NORMALIZER.normalize(patient("1", "Robert", "Boyd", "M", "1972-03-13", "23268", "345-35-4434"));
        NormalizedRecord b = NORMALIZER.normalize(patient("2", "Robert", "Boyd", "M", "1972-03-13", "23268", "345354434"));
        PairScore score = MODEL.score(a, b);
        assertEquals(MODEL.priorWeight() + score.evidenceWeight(), score.matchWeight(), 1e-9);
        assertEquals(MatchWeights.probability(score.matchWeight()), score.matchProbability(), 1e-12);
        assertEquals(MODEL.comparisonCount(), score.contributions().size());
        assertTrue(score.matchProbability() > 0.99, "identical records should match: " + score);
        Contribution middle = score.contributions().get(1);
        assertEquals("middle_name", middle.comparison());
        assertEquals(0, middle.levelIndex());
        assertEquals(0.0, middle.matchWeight());
    }

    static PatientRecord household(String id, String given, String dob, String ssn) {
        return new PatientRecord(id, "T", given, null, "Boyd", "M", dob, "12 Oak Street", "Richmond", "VA", "23268",
                "US", "804-555-0134", null, ssn);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "twins: same birth date, other given name and SSN|Robert|1972-03-13|345-35-4434|Daniel|1972-03-13|512-44-1290|true",
        "junior and senior: birth dates 26 years apart|Robert|1946-03-13|345-35-4434|Robert|1972-03-13|512-44-1290|true",
        "spouses: other given name, birth dates months apart|Robert|1972-03-13||Mary|1972-11-02||true",
        "same person, typed birth day|Robert|1972-03-13|345-35-4434|Robert|1972-03-18|345-35-4434|false",
        "same person, nickname|Robert|1972-03-13||Bob|1972-03-13||false",
        "same person, year typo but same SSN|Robert|1972-03-13|345-35-4434|Robert|1942-03-13|345-35-4434|false"})
    void cannotLinkRulesKeepLookAlikesApartButNotTypos(String what, String givenA, String dobA, String ssnA,
                                                       String givenB, String dobB, String ssnB, boolean apart) {
        NormalizedRecord a = NORMALIZER.normalize(household("1", givenA, dobA, ssnA));
        NormalizedRecord b = NORMALIZER.normalize(household("2", givenB, dobB, ssnB));
        assertEquals(apart, MODEL.cannotLink(MODEL.pattern(a, b)), what);
    }

    /** Twins of one household born 1947-05-03, the second perhaps married (another family name); null: unknown. */
    static PatientRecord sister(String id, String given, String middle, String family, String email, String ssn) {
        return new PatientRecord(id, "T", given, middle, family, "F", "1947-05-03", "7 Franklin Square Avenue",
                "Jersey City", "NJ", "07302", "US", null, email, ssn);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "given names alike, three edits apart|Evelyn|Beverly|jaro_winkler >= 0.80, more edits",
        "given names alike, two edits apart|Lucas|Luis|jaro_winkler >= 0.80, more edits",
        "a typo, one edit|Maria|Marya|jaro_winkler >= 0.80, one edit",
        "a typo of a short name, Jaro-Winkler above 0.92|Evelyn|Evelin|jaro_winkler >= 0.92",
        "one edit below Jaro-Winkler 0.80 is no typo level|Ava|Eva|else"})
    void givenNameTellsATypoFromANameMerelyAlike(String what, String givenA, String givenB, String expected) {
        NormalizedRecord a = NORMALIZER.normalize(sister("1", givenA, null, "Martinez", null, null));
        NormalizedRecord b = NORMALIZER.normalize(sister("2", givenB, null, "Martinez", null, null));
        assertEquals(expected, MODEL.score(a, b).contributions().get(0).level(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "married twin, given names alike, nothing personal agrees|Beverly||Andrews|||true",
        "married twin, given names alike, other SSNs|Beverly||Andrews||054-32-2668|true",
        "married twin, given names alike, other middle names|Beverly|Julia|Andrews|||true",
        "same person married, given name a typo (one edit)|Bvelyn||Andrews|||false",
        "same family name: the pair is no married twin|Beverly||Martinez|||false",
        "same SSN lifts it|Beverly||Andrews||080-11-4580|false",
        "same e-mail lifts it|Beverly||Andrews|evelyn.martinez@example.org||false",
        "same middle name lifts it|Beverly|Rose|Andrews|||false"})
    void aMarriedTwinWithAGivenNameMerelyAlikeCannotLink(String what, String given, String middle, String family,
                                                         String email, String ssn, boolean apart) {
        // Evelyn has a middle name only where the other record has one; her e-mail and SSN meet the other's or nothing
        NormalizedRecord evelyn = NORMALIZER.normalize(sister("1", "Evelyn", middle == null ? null : "Rose", "Martinez",
                "evelyn.martinez@example.org", "080-11-4580"));
        NormalizedRecord other = NORMALIZER.normalize(sister("2", given, middle, family, email, ssn));
        assertEquals(apart, MODEL.cannotLink(MODEL.pattern(evelyn, other)), what);
    }

    /** A household record with e-mail, middle name and SSN settable: the review rule reads them. */
    static PatientRecord member(String id, String given, String middle, String dob, String email, String ssn) {
        return new PatientRecord(id, "T", given, middle, "Boyd", "M", dob, "12 Oak Street", "Richmond", "VA", "23268",
                "US", "804-555-0134", email, ssn);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no birth date, nothing personal agrees: review|Robert||1972-03-13|||Robert||||REVIEW",
        "no birth date, same middle name: still review (a junior shares it)|Robert|James|1972-03-13|||Robert|James|||REVIEW",
        "no birth date, nickname: review|Robert||1972-03-13|||Bob||||REVIEW",
        "no birth date, other e-mails: review|Robert||1972-03-13|rb@example.org||Robert||bob@example.net||REVIEW",
        "no birth date, same e-mail: linked|Robert||1972-03-13|rb@example.org||Robert||rb@example.org||-",
        "no birth date, same SSN: linked|Robert||1972-03-13||345-35-4434|Robert|||345-35-4434|-",
        "no birth date, SSN one side only: review|Robert||1972-03-13||345-35-4434|Robert||||REVIEW",
        "no birth date, given name a typo: review, by the rule for names alike (a senior's record with a typo)|Robert||1972-03-13|||Robrt||||NAMES ALIKE",
        "no birth date, other given name: cannot link, so no review|Robert||1972-03-13|||Daniel||||-"})
    void reviewRuleHoldsSameNamePairsWithoutBirthDateOrPersonalEvidence(
            String what, String givenA, String middleA, String dobA, String emailA, String ssnA,
            String givenB, String middleB, String emailB, String ssnB, String expected) {
        NormalizedRecord a = NORMALIZER.normalize(member("1", givenA, middleA, dobA, emailA, ssnA));
        // the second record never has a birth date
        NormalizedRecord b = NORMALIZER.normalize(member("2", givenB, middleB, null, emailB, ssnB));
        long pattern = MODEL.pattern(a, b);
        int rule = MODEL.cannotLink(pattern) ? -1 : MODEL.reviewRule(pattern);
        String label = rule < 0 ? "-" : MODEL.reviewRuleLabel(rule);
        assertEquals(switch (expected) {
            case "REVIEW" -> "same name and address, birth date unknown, nothing personal agrees";
            case "NAMES ALIKE" -> "names alike, birth date unknown, nothing personal agrees";
            default -> expected;
        }, label, what);
    }

    /** Twins of one household, one written with an initial only: nothing but an equal id or e-mail tells them apart. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "initial, same birth date and household: review|J.|1972-03-13|12 Oak Street|804-555-0134||REVIEW",
        "initial, same SSN: linked|J.|1972-03-13|12 Oak Street|804-555-0134|345-35-4434|-",
        "initial, another street: no review (not the twin's household)|J.|1972-03-13|7 Elm Road|804-555-0134||-",
        "initial, another phone: no review|J.|1972-03-13|12 Oak Street|212-555-0188||-",
        "initial, birth date a month away: no review|J.|1972-04-13|12 Oak Street|804-555-0134||-",
        "full given name: no review|James|1972-03-13|12 Oak Street|804-555-0134||-"})
    void reviewRuleHoldsInitialOnlyPairsOfOneHousehold(String what, String given, String dob, String street,
                                                        String phone, String ssn, String expected) {
        NormalizedRecord a = NORMALIZER.normalize(new PatientRecord("1", "T", "James", null, "Boyd", "M", "1972-03-13",
                "12 Oak Street", "Richmond", "VA", "23268", "US", "804-555-0134", null, "345-35-4434"));
        NormalizedRecord b = NORMALIZER.normalize(new PatientRecord("2", "T", given, null, "Boyd", "M", dob, street,
                "Richmond", "VA", "23268", "US", phone, null, ssn));
        long pattern = MODEL.pattern(a, b);
        int rule = MODEL.cannotLink(pattern) ? -1 : MODEL.reviewRule(pattern);
        assertEquals(expected, rule < 0 ? "-" : "REVIEW", what);
        if (rule >= 0) {
            assertEquals("initial only, same birth date and household, nothing personal agrees", MODEL.reviewRuleLabel(rule));
        }
    }

    /** Twins of one household whom only a typo-like difference tells apart (default-patient-8's cases). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "names merely alike, family name a typo: review|Marcus|Brown|1972-02-10|Mark|Brow|1972-02-10||ALIKE",
        "names merely alike, same family name: review|Marcus|Brown|1972-02-10|Mark|Brown|1972-02-10||ALIKE",
        "names merely alike, same SSN: linked|Marcus|Brown|1972-02-10|Mark|Brow|1972-02-10|345-35-4434|-",
        "no given name, family name the other's given name: review|Gerald|Wilcox|1964-09-24||Gerald|1964-09-24||UNKNOWN",
        "no given name, another family name: review|Gary|Lopez|1964-09-24||Wilcox|1964-09-24||UNKNOWN",
        "no given name, same SSN: linked|Gary|Lopez|1964-09-24||Wilcox|1964-09-24|345-35-4434|-",
        "names merely alike, birth year a digit away: review|Kathleen|Clarke|1965-03-01|Karen|Clarke|1966-03-01||TYPO",
        "names merely alike, day and month transposed: review|Lucas|Boyd|1972-03-04|Luis|Boyd|1972-04-03||TYPO",
        "names merely alike, birth date a typo, same SSN: linked|Kathleen|Clarke|1965-03-01|Karen|Clarke|1966-03-01|345-35-4434|-",
        "a one-edit typo with a birth-date typo: linked|Kathleen|Clarke|1965-03-01|Kathlene|Clarke|1966-03-01||-"})
    void reviewRulesHoldTwinsThatATypoCouldExplain(String what, String givenA, String familyA, String dobA,
                                                   String givenB, String familyB, String dobB, String ssnB,
                                                   String expected) {
        NormalizedRecord a = NORMALIZER.normalize(new PatientRecord("1", "T", givenA, null, familyA, "M", dobA,
                "12 Oak Street", "Richmond", "VA", "23268", "US", "804-555-0134", null, "345-35-4434"));
        NormalizedRecord b = NORMALIZER.normalize(new PatientRecord("2", "T", givenB, null, familyB, "M", dobB,
                "12 Oak Street", "Richmond", "VA", "23268", "US", "804-555-0134", null, ssnB));
        long pattern = MODEL.pattern(a, b);
        assertFalse(MODEL.cannotLink(pattern), what);
        int rule = MODEL.reviewRule(pattern);
        assertEquals(switch (expected) {
            case "ALIKE" -> "given names merely alike, same birth date and household, nothing personal agrees";
            case "UNKNOWN" -> "given name unknown, nothing personal agrees";
            case "TYPO" -> "given names merely alike, birth date a typo away, nothing personal agrees";
            default -> expected;
        }, rule < 0 ? "-" : MODEL.reviewRuleLabel(rule), what);
    }

    @Test
    void aPostalCodeTypoKeepsTwinsWithNamesMerelyAlikeInTheirHousehold() {
        // Carl and his twin Charlie Walker, whose record has 07140 for 07104
        NormalizedRecord carl = NORMALIZER.normalize(new PatientRecord("1", "T", "Carl", null, "Walker", "M",
                "1934-01-22", "545 9th Court", "Newark", "NJ", "07104", "US", "973-529-4104", "cw@example.org", null));
        NormalizedRecord charlie = NORMALIZER.normalize(new PatientRecord("2", "T", "Charlie", null, "Walker", "M",
                "1934-01-22", "545 9th Court", "Newark", "NJ", "07140", "US", "973-529-4104", null, "726-41-8490"));
        long pattern = MODEL.pattern(carl, charlie);
        assertFalse(MODEL.cannotLink(pattern));
        assertEquals("given names merely alike, same birth date and household, nothing personal agrees",
                MODEL.reviewRuleLabel(MODEL.reviewRule(pattern)));
    }

    @Test
    void theFirstReviewRuleThatHoldsIsReported() {
        ModelSpec spec = ModelSpec.defaultPatientModel().withReviewRules(List.of(
                new PatternRule("other e-mail", java.util.Map.of("email", List.of("else"))),
                new PatternRule("no birth date", java.util.Map.of("birth_date", List.of("null")))));
        MatchModel model = spec.compile();
        NormalizedRecord a = NORMALIZER.normalize(member("1", "Robert", null, "1972-03-13", "rb@example.org", null));
        NormalizedRecord b = NORMALIZER.normalize(member("2", "Robert", null, null, "bob@example.net", null));
        NormalizedRecord c = NORMALIZER.normalize(member("3", "Robert", null, null, "rb@example.org", null));
        assertEquals(0, model.reviewRule(model.pattern(a, b)));
        assertEquals(1, model.reviewRule(model.pattern(a, c)));
        assertEquals("no birth date", model.reviewRuleLabel(1));
        assertEquals(-1, model.reviewRule(model.pattern(a, a)));
    }

    /**
     * "Robert" and "James" Boyd of one household and birth date meet the twin rule; a link whose given names agree
     * explains it (the twin rule lists those levels), and so does one whose records share a national id (twins do
     * not; they may share a parent's e-mail, which explains nothing); a link through an initial does not, and nothing
     * explains birth dates years apart. Another given name with a birth date close by is explained the same way.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "twin rule, link with the same given name|James|1972-03-13|Robert|Robert||true",
        "twin rule, link to the record carrying both names|James|1972-03-13|Robert|Robert James||true",
        "twin rule, link through an initial|James|1972-03-13|Robert|R.||false",
        "twin rule, link sharing a national id|James|1972-03-13|Robert|Sophia|ssn|true",
        "twin rule, link sharing an e-mail: twins may share a parent's|James|1972-03-13|Robert|Sophia|email|false",
        "other given name and birth date, link sharing a national id|James|1972-04-13|Robert|Sophia|ssn|true",
        "other given name and birth date, link with the same given name|James|1972-04-13|Robert|Robert||true",
        "other given name and birth date, link through an initial|James|1972-04-13|Robert|R.||false",
        "birth dates apart: no link explains them|Robert|1998-07-01|Robert|Robert||false",
        "birth dates apart: not a shared national id either|Robert|1998-07-01|Robert|Sophia|ssn|false",
        "no rule holds: nothing to explain|Robert|1972-03-13|Robert|Robert||false"})
    void aLinkWhoseGivenNamesOrIdentifiersAgreeExplainsTheTwinRuleAlone(String what, String otherGiven, String otherDob,
                                                                        String linkLeft, String linkRight, String shared,
                                                                        boolean expected) {
        long pattern = MODEL.pattern(NORMALIZER.normalize(member("1", "Robert", null, "1972-03-13", null, null)),
                NORMALIZER.normalize(member("2", otherGiven, null, otherDob, null, null)));
        String[] right = linkRight.split(" ");
        String email = "email".equals(shared) ? "boyd@example.org" : null;
        String ssn = "ssn".equals(shared) ? "345-35-4434" : null;
        long link = MODEL.pattern(NORMALIZER.normalize(member("3", linkLeft, null, "1972-03-13", email, ssn)),
                NORMALIZER.normalize(member("4", right[0], right.length > 1 ? right[1] : null, "1972-03-13", email, ssn)));
        assertEquals(expected, MODEL.explains(link, pattern), what);
    }

    @Test
    void differentPeopleScoreLow() {
        NormalizedRecord a = NORMALIZER.normalize(patient("1", "Robert", "Boyd", "M", "1972-03-13", "23268", "345-35-4434"));
        NormalizedRecord b = NORMALIZER.normalize(patient("2", "Alice", "Nguyen", "F", "1990-11-02", "10001", "111-22-3333"));
        assertTrue(MODEL.score(a, b).matchProbability() < 0.001);
    }

    @Test
    void tableScoreEqualsRecordScoreWithoutTermFrequencyAndPatternsAgree() {
        List<PatientRecord> records = List.of(
                patient("1", "Robert", "Boyd", "M", "1972-03-13", "23268", null),
                patient("2", "Robrt", "Boyd", "M", "1972-03-31", "23268", null),
                patient("3", "Robert", "Smith", "M", "1972-03-13", null, null));
        PatientTable table = PatientTable.of(records, NORMALIZER);
        MatchModel noTf = ModelSpec.defaultPatientModel()
                .withComparisons(ModelSpec.defaultPatientModel().comparisons()).compile();
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                assertEquals(noTf.pattern(table.record(a), table.record(b)), noTf.scorer(table).pattern(a, b));
                PairScore fromTable = noTf.score(table, a, b);
                assertEquals(fromTable.matchWeight(), noTf.scorer(table).matchWeight(a, b), 1e-9);
                assertEquals(fromTable.matchWeight(),
                        noTf.scorer(table).matchWeight(noTf.scorer(table).pattern(a, b), a, b), 1e-9);
            }
        }
    }
}
