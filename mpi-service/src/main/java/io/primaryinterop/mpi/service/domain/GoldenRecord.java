package io.primaryinterop.mpi.service.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The golden record of a person: per field, the value chosen among its records by that field's
 * survivorship rule, with its provenance (which record, which rule). Blank values are no values;
 * values are trimmed. A field no record knows is null, without provenance.
 */
public record GoldenRecord(List<GoldenField> fields) {

    public GoldenRecord {
        if (fields.size() != RecordFields.DEMOGRAPHIC_COUNT) {
            throw new IllegalArgumentException("a golden record has " + RecordFields.DEMOGRAPHIC_COUNT + " fields");
        }
        fields = List.copyOf(fields);
    }

    /** One record as survivorship sees it: its values, identity, row id and times. */
    public record Contributor(long rowId, RecordFields fields, LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    /** A golden value and where it came from; {@code rule}, {@code source} and {@code recordId} are null when no record knows the field. */
    public record GoldenField(String value, String source, String recordId, SurvivorshipRule rule) {
    }

    /** Where one golden value came from, as the API shows it. */
    public record Provenance(String source, String recordId, SurvivorshipRule rule) {
    }

    public static GoldenRecord compute(List<Contributor> records, Survivorship survivorship) {
        List<GoldenField> fields = new ArrayList<>(RecordFields.DEMOGRAPHIC_COUNT);
        for (int field = 0; field < RecordFields.DEMOGRAPHIC_COUNT; field++) {
            List<SurvivorshipRule.Candidate> candidates = new ArrayList<>();
            for (Contributor r : records) {
                String v = r.fields().demographics().get(field);
                if (v != null && !v.isBlank()) {
                    candidates.add(new SurvivorshipRule.Candidate(v.trim(), r));
                }
            }
            if (candidates.isEmpty()) {
                fields.add(new GoldenField(null, null, null, null));
                continue;
            }
            SurvivorshipRule rule = survivorship.ruleFor(field);
            Contributor chosen = rule.choose(candidates, survivorship);
            fields.add(new GoldenField(chosen.fields().demographics().get(field).trim(), chosen.fields().source(),
                    chosen.fields().recordId(), rule));
        }
        return new GoldenRecord(fields);
    }

    /**
     * Most frequent value per field, ties to the latest record; records given oldest first (the bulk
     * path, which has no stored times yet).
     */
    public static List<String> of(List<RecordFields> recordsOldestFirst) {
        List<Contributor> contributors = new ArrayList<>(recordsOldestFirst.size());
        LocalDateTime t = LocalDateTime.of(2000, 1, 1, 0, 0);
        for (int i = 0; i < recordsOldestFirst.size(); i++) {
            contributors.add(new Contributor(i, recordsOldestFirst.get(i), t, t));
        }
        List<SurvivorshipRule> rules = java.util.Collections.nCopies(RecordFields.DEMOGRAPHIC_COUNT, SurvivorshipRule.MOST_FREQUENT);
        return compute(contributors, new Survivorship(rules, List.of())).values();
    }

    /** The values in {@link RecordFields#demographics()} order. */
    public List<String> values() {
        return fields.stream().map(GoldenField::value).toList();
    }

    public RecordFields asFields() {
        return RecordFields.of(null, null, values());
    }

    /** Per field name (API names), where its value came from; fields without a value are left out. */
    public Map<String, Provenance> provenance() {
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            GoldenField f = fields.get(i);
            if (f.rule() != null) {
                provenance.put(RecordFields.DEMOGRAPHIC_NAMES.get(i), new Provenance(f.source(), f.recordId(), f.rule()));
            }
        }
        return provenance;
    }

    /** Names of the fields whose value differs from {@code before}'s (for audit events: names, never values). */
    public List<String> changedFields(List<String> before) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!java.util.Objects.equals(fields.get(i).value(), before.get(i))) {
                changed.add(RecordFields.DEMOGRAPHIC_NAMES.get(i));
            }
        }
        return changed;
    }
}
