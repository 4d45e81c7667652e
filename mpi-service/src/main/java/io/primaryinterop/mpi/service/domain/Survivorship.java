package io.primaryinterop.mpi.service.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Survivorship configuration: a rule per golden field ({@link RecordFields#DEMOGRAPHIC_NAMES} order)
 * and a source ranking, most trusted first, for {@link SurvivorshipRule#MOST_TRUSTED_SOURCE}.
 */
public record Survivorship(List<SurvivorshipRule> rules, List<String> sourceRanking) {

    public Survivorship {
        if (rules.size() != RecordFields.DEMOGRAPHIC_COUNT) {
            throw new IllegalArgumentException("survivorship needs a rule per field (" + RecordFields.DEMOGRAPHIC_COUNT
                    + "), got " + rules.size());
        }
        rules = List.copyOf(rules);
        sourceRanking = List.copyOf(sourceRanking);
    }

    /** Names and date of birth by agreement; contact details (they change when people move) by recency. */
    public static Survivorship defaults() {
        return withOverrides(Map.of(), List.of());
    }

    /**
     * The defaults with some fields' rules replaced. Keys are field names in any case, camel or
     * kebab ({@code givenName}, {@code given-name}); values rule names ({@code most-recent}, {@code MOST_RECENT}).
     */
    public static Survivorship withOverrides(Map<String, String> overrides, List<String> sourceRanking) {
        List<SurvivorshipRule> rules = new ArrayList<>(RecordFields.DEMOGRAPHIC_COUNT);
        for (String field : RecordFields.DEMOGRAPHIC_NAMES) {
            rules.add(CONTACT_FIELDS.contains(field) ? SurvivorshipRule.MOST_RECENT : SurvivorshipRule.MOST_FREQUENT);
        }
        overrides.forEach((field, rule) -> rules.set(fieldIndex(field), rule(field, rule)));
        return new Survivorship(rules, sourceRanking);
    }

    public SurvivorshipRule ruleFor(int field) {
        return rules.get(field);
    }

    /** Position in the source ranking; unranked sources come after every ranked one. */
    int rankOf(String source) {
        int rank = sourceRanking.indexOf(source);
        return rank < 0 ? sourceRanking.size() : rank;
    }

    private static final List<String> CONTACT_FIELDS =
            List.of("addressLine", "city", "state", "postalCode", "country", "phone", "email");

    private static int fieldIndex(String name) {
        String key = simple(name);
        for (int i = 0; i < RecordFields.DEMOGRAPHIC_NAMES.size(); i++) {
            if (simple(RecordFields.DEMOGRAPHIC_NAMES.get(i)).equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("survivorship: unknown field '" + name + "'; fields are "
                + RecordFields.DEMOGRAPHIC_NAMES);
    }

    private static SurvivorshipRule rule(String field, String name) {
        String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SurvivorshipRule rule : SurvivorshipRule.values()) {
            if (rule.name().equals(key)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("survivorship: unknown rule '" + name + "' for field " + field
                + "; rules are " + List.of(SurvivorshipRule.values()));
    }

    private static String simple(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
