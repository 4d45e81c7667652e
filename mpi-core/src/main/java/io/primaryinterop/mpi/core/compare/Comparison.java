package io.primaryinterop.mpi.core.compare;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.primaryinterop.mpi.core.record.PatientField;
import java.util.ArrayList;
import java.util.List;

/**
 * One aspect of two records (given name, birth date...) as an ordered list of comparison levels:
 * level 0 is the null level (either side unknown, weight 0), the last is "else", and the first level
 * whose condition holds wins.
 *
 * @param name the comparison's name, e.g. {@code given_name}
 * @param fields the field the comparison reads, then optionally a second one (for {@link NamesSwapped}:
 *     given name, then family name)
 * @param levels the levels, null first and else last
 */
public record Comparison(String name, List<PatientField> fields, List<ComparisonLevel> levels) {

    @JsonCreator
    public Comparison(@JsonProperty("name") String name, @JsonProperty("fields") List<PatientField> fields,
            @JsonProperty("levels") List<ComparisonLevel> levels) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a comparison needs a name");
        }
        if (fields == null || fields.isEmpty() || fields.size() > 2 || fields.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("comparison '" + name + "' must read one or two fields: " + fields);
        }
        if (levels == null || levels.size() < 2) {
            throw new IllegalArgumentException("comparison '" + name + "' needs a null level, at least one other "
                    + "level and an else level");
        }
        this.name = name;
        this.fields = List.copyOf(fields);
        this.levels = List.copyOf(levels);
        validateLevels();
    }

    /** A comparison of the field named like the comparison ({@code given_name}, {@code birth_date}...). */
    public Comparison(String name, List<ComparisonLevel> levels) {
        this(name, List.of(PatientField.byColumn(name)), levels);
    }

    private void validateLevels() {
        for (int i = 0; i < levels.size(); i++) {
            LevelCondition condition = levels.get(i).condition();
            String where = "comparison '" + name + "' level " + i + " (" + condition.describe() + ")";
            if ((i == 0) != (condition instanceof IsNull)) {
                throw new IllegalArgumentException(where + ": the null level must be first, and only first");
            }
            if ((i == levels.size() - 1) != (condition instanceof Else)) {
                throw new IllegalArgumentException(where + ": the else level must be last, and only last");
            }
            if (condition.comparesDates() && fields.get(0) != PatientField.BIRTH_DATE) {
                throw new IllegalArgumentException(where + ": date levels need the field birth_date, not "
                        + fields.get(0).column());
            }
            if (condition instanceof NamesSwapped && fields.size() != 2) {
                throw new IllegalArgumentException(where + ": names swapped needs two fields (given, family)");
            }
            if (condition instanceof EqualsOtherSecondField && fields.size() != 2) {
                throw new IllegalArgumentException(where + ": needs two fields (e.g. given, middle)");
            }
        }
    }

    /** The field the comparison reads first. */
    public PatientField field() {
        return fields.get(0);
    }

    public int levelCount() {
        return levels.size();
    }

    public ComparisonLevel level(int index) {
        return levels.get(index);
    }

    /** The index of the level with this label, or -1. */
    public int levelIndex(String label) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** A copy with one level replaced (e.g. new m and u after training). */
    public Comparison withLevel(int index, ComparisonLevel level) {
        List<ComparisonLevel> copy = new ArrayList<>(levels);
        copy.set(index, level);
        return new Comparison(name, fields, copy);
    }

    /** Compiles the comparison with the built-in nickname table. */
    public CompiledComparison compile() {
        return CompiledComparison.compile(this);
    }
}
