package io.primaryinterop.mpi.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.compare.JaroWinklerAtLeast;
import io.primaryinterop.mpi.core.training.TrainingReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelSpecTest {

    @Test
    void builtInModelsLoadAndRoundTrip(@TempDir Path dir) {
        for (ModelSpec spec : List.of(ModelSpec.defaultPatientModel(), ModelSpec.defaultFebrlModel())) {
            Path file = dir.resolve(spec.version() + ".json");
            spec.write(file);
            assertEquals(spec, ModelSpec.read(file));
            assertEquals(spec, ModelSpec.fromJson(spec.toJson()));
        }
    }

    @Test
    void trainingReportRoundTrips() {
        TrainingReport report = new TrainingReport(10, 100, 42,
                List.of(new TrainingReport.Session("birth_date", List.of("birth_date"), 80, 50, 7, 12, true, -123.5, 0.3)),
                0.4, 70, 0.001, "sessions", List.of(new TrainingReport.ComparisonParameters("given_name",
                        List.of(new TrainingReport.LevelParameters("exact", 0.9, 0.01, 6.49, 2)))));
        ModelSpec spec = ModelSpec.defaultPatientModel().withTrainingReport("trained-1", report);
        assertEquals(spec, ModelSpec.fromJson(spec.toJson()));
    }

    @Test
    void conditionIsWrittenWithAnExplicitTypeAndNoClassName() {
        String json = ModelSpec.defaultPatientModel().toJson();
        assertTrue(json.contains("\"type\" : \"jaro_winkler_at_least\""), json);
        assertTrue(!json.contains("io.primaryinterop"), "class names leaked into the model file");
        assertEquals(new JaroWinklerAtLeast(0.92), ModelSpec.fromJson(json).comparisons().get(0).level(3).condition());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\"lambda\" : 1.0E-4'|'\"lambda\" : 1.5'|lambda must be in (0,1)",
        "'\"formatVersion\" : 1'|'\"formatVersion\" : 9'|format version 9",
        "'\"type\" : \"exact\"'|'\"type\" : \"exactly\"'|exactly",
        "'\"national_id\", \"soundex'|'\"national_id(\", \"soundex'|blockingRules[0]"})
    void invalidDocumentIsRejectedWithContext(String from, String to, String expected) {
        String json = ModelSpec.defaultPatientModel().withLambda(1.0E-4).toJson().replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelSpec.fromJson(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no_such_comparison|else|unknown comparison 'no_such_comparison'",
        "birth_date|no such level|has no level 'no such level'"})
    void cannotLinkRuleMustNameComparisonsAndLevelsOfTheModel(String comparison, String level, String expected) {
        PatternRule rule = new PatternRule("r", java.util.Map.of(comparison, List.of(level)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.defaultPatientModel().withCannotLinkRules(List.of(rule)));
        assertTrue(e.getMessage().contains(expected) && e.getMessage().contains("'r'"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no_such_comparison|else|review rule 'r' names an unknown comparison 'no_such_comparison'",
        "birth_date|no such level|review rule 'r': comparison 'birth_date' has no level 'no such level'"})
    void reviewRuleMustNameComparisonsAndLevelsOfTheModel(String comparison, String level, String expected) {
        PatternRule rule = new PatternRule("r", java.util.Map.of(comparison, List.of(level)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.defaultPatientModel().withReviewRules(List.of(rule)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aRuleLabelTwiceInOneListIsAnErrorNamingIt() {
        String json = ModelSpec.defaultPatientModel().toJson();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.fromJson(json.replaceFirst("\"label\" : \"twin\"", "\"label\" : \"birth dates apart\"")));
        assertTrue(e.getMessage().contains("cannot-link rule 'birth dates apart' appears twice"), e.getMessage());
        PatternRule rule = new PatternRule("r", java.util.Map.of("birth_date", List.of("null")));
        e = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.defaultPatientModel().withReviewRules(List.of(rule, rule)));
        assertTrue(e.getMessage().contains("review rule 'r' appears twice"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cannot-link|given_name|no such level|cannot-link rule 'r' linkExplains: comparison 'given_name' has no level 'no such level'",
        "cannot-link|no_such_comparison|else|cannot-link rule 'r' linkExplains names an unknown comparison 'no_such_comparison'",
        "review|given_name|exact|review rule 'r': only a cannot-link rule has linkExplains"})
    void linkExplainsMustNameLevelsOfTheModelOnACannotLinkRule(String kind, String comparison, String level,
                                                               String expected) {
        PatternRule rule = new PatternRule("r", java.util.Map.of("birth_date", List.of("exact")),
                List.of(java.util.Map.of("national_id", List.of("exact")), java.util.Map.of(comparison, List.of(level))));
        ModelSpec spec = ModelSpec.defaultPatientModel();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            if (kind.equals("review")) {
                spec.withReviewRules(List.of(rule));
            } else {
                spec.withCannotLinkRules(List.of(rule));
            }
        });
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void linkExplainsIsKeptThroughJsonAndLeftOutWhereEmpty() {
        ModelSpec spec = ModelSpec.defaultPatientModel();
        PatternRule twin = spec.cannotLinkRules().stream().filter(r -> r.label().equals("twin")).findFirst().orElseThrow();
        assertTrue(twin.linkExplains().get(0).get("given_name").contains("equal to the other middle name"),
                twin.toString());
        assertEquals(List.of(java.util.Map.of("national_id", List.of("exact"))), twin.linkExplains().subList(1, 2));
        String json = spec.toJson();
        assertEquals(2, json.split("\"linkExplains\"", -1).length - 1,
                "written for the twin rule and the other-given-name-other-birth-date rule alone");
        assertEquals(twin, ModelSpec.fromJson(json).cannotLinkRules().stream()
                .filter(r -> r.label().equals("twin")).findFirst().orElseThrow());
    }

    @Test
    void linkExplainsWrittenAsOneObjectIsOneCondition() {
        // the form of default-patient-6 and the model files saved with it
        String json = ModelSpec.defaultPatientModel().toJson().replaceFirst(
                "\"linkExplains\"\\s*:\\s*\\[\\s*(\\{[^}]*\\})(\\s*,\\s*\\{[^}]*\\})*\\s*\\]", "\"linkExplains\" : $1");
        PatternRule twin = ModelSpec.fromJson(json).cannotLinkRules().stream()
                .filter(r -> r.label().equals("twin")).findFirst().orElseThrow();
        assertEquals(1, twin.linkExplains().size(), json);
        assertTrue(twin.linkExplains().get(0).containsKey("given_name"), twin.toString());
    }

    @Test
    void reviewRulesAreOptionalInTheFileAndKeptThroughJson() {
        ModelSpec spec = ModelSpec.defaultPatientModel();
        assertEquals(List.of("same name and address, birth date unknown, nothing personal agrees",
                        "initial only, same birth date and household, nothing personal agrees",
                        "given name the same or a typo and same phone, birth date and address unknown, nothing personal agrees",
                        "names alone: birth date, address, phone and identifiers unknown",
                        "given name unknown, nothing personal agrees",
                        "given names merely alike, same birth date and household, nothing personal agrees",
                        "other given name, same birth date and middle name, nothing personal agrees",
                        "given name the other's middle name, birth date alike, nothing personal agrees",
                        "names alike, birth date unknown, nothing personal agrees",
                        "same name, birth date a digit away, other address, nothing personal agrees",
                        "given names merely alike, birth date a typo away, nothing personal agrees"),
                spec.reviewRules().stream().map(PatternRule::label).toList());
        assertEquals(spec, ModelSpec.fromJson(spec.toJson()));
        String withoutRules = spec.withReviewRules(List.of()).toJson();
        assertTrue(withoutRules.contains("\"reviewRules\" : [ ],"), "written as an empty list");
        assertEquals(List.of(), ModelSpec.fromJson(withoutRules.replace("\"reviewRules\" : [ ],", "")).reviewRules());
        assertEquals(spec.cannotLinkRules(), spec.withReviewRules(List.of()).cannotLinkRules());
    }

    @Test
    void cannotLinkRulesAreOptionalInTheFile() {
        ModelSpec spec = ModelSpec.defaultPatientModel();
        String withoutRules = spec.withCannotLinkRules(List.of()).toJson();
        assertTrue(!spec.cannotLinkRules().isEmpty(), "the default model keeps twins apart");
        assertEquals(List.of(), ModelSpec.fromJson(withoutRules.replace("\"cannotLinkRules\" : [ ],", ""))
                .cannotLinkRules());
    }

    @Test
    void malformedJsonNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"version\": \"x\",\n  \"lambda\": ]\n}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelSpec.read(file));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("line 3"), e.getMessage());
    }
}
