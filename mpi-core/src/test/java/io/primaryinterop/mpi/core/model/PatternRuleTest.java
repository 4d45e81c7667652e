package io.primaryinterop.mpi.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' '|birth_date|else|needs a label",
        "twin||else|lists no comparison levels",
        "twin|birth_date||'birth_date' lists no levels"})
    void invalidRuleIsRejectedWithItsLabel(String label, String comparison, String level, String expected) {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        if (comparison != null) {
            levels.put(comparison, level == null ? List.of() : List.of(level));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PatternRule(label, levels));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aLinkExplainsConditionWithoutComparisonIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PatternRule("twin",
                Map.of("birth_date", List.of("exact")), List.of(Map.of("national_id", List.of("exact")), Map.of())));
        assertTrue(e.getMessage().contains("rule 'twin': a linkExplains condition lists no comparison"), e.getMessage());
    }

    @Test
    void levelsAreCopiedSoTheRuleStaysImmutable() {
        List<String> labels = new ArrayList<>(List.of("exact"));
        Map<String, List<String>> levels = new LinkedHashMap<>(Map.of("birth_date", labels));
        PatternRule rule = new PatternRule("twin", levels);
        labels.add("else");
        levels.put("given_name", List.of("else"));
        assertEquals(Map.of("birth_date", List.of("exact")), rule.levels());
        assertThrows(UnsupportedOperationException.class, () -> rule.levels().put("x", List.of()));
    }
}
