package io.primaryinterop.mpi.core.compare;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * When a comparison level applies to a pair of records. Levels are tried in order and the first whose
 * condition holds wins; a comparison starts with {@link IsNull} and ends with {@link Else}. In model
 * files a condition is written as {@code {"type": "jaro_winkler_at_least", "threshold": 0.92}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = IsNull.class, name = "is_null"),
    @JsonSubTypes.Type(value = Exact.class, name = "exact"),
    @JsonSubTypes.Type(value = JaroWinklerAtLeast.class, name = "jaro_winkler_at_least"),
    @JsonSubTypes.Type(value = LevenshteinAtMost.class, name = "levenshtein_at_most"),
    @JsonSubTypes.Type(value = DamerauLevenshteinAtMost.class, name = "damerau_levenshtein_at_most"),
    @JsonSubTypes.Type(value = PhoneticEqual.class, name = "phonetic_equal"),
    @JsonSubTypes.Type(value = NicknameEqual.class, name = "nickname_equal"),
    @JsonSubTypes.Type(value = InitialOnly.class, name = "initial_only"),
    @JsonSubTypes.Type(value = NamesSwapped.class, name = "names_swapped"),
    @JsonSubTypes.Type(value = EqualsOtherSecondField.class, name = "equals_other_second_field"),
    @JsonSubTypes.Type(value = DateExact.class, name = "date_exact"),
    @JsonSubTypes.Type(value = DateDayMonthTransposed.class, name = "date_day_month_transposed"),
    @JsonSubTypes.Type(value = DateWithinDays.class, name = "date_within_days"),
    @JsonSubTypes.Type(value = DateSameYearMonth.class, name = "date_same_year_month"),
    @JsonSubTypes.Type(value = DateYearOffBy.class, name = "date_year_off_by"),
    @JsonSubTypes.Type(value = TokenOverlapAtLeast.class, name = "token_overlap_at_least"),
    @JsonSubTypes.Type(value = NumericDifferenceAtMost.class, name = "numeric_difference_at_most"),
    @JsonSubTypes.Type(value = AllOf.class, name = "all_of"),
    @JsonSubTypes.Type(value = Else.class, name = "else")
})
public sealed interface LevelCondition permits IsNull, Exact, JaroWinklerAtLeast, LevenshteinAtMost,
        DamerauLevenshteinAtMost, PhoneticEqual, NicknameEqual, InitialOnly, NamesSwapped, EqualsOtherSecondField, DateExact,
        DateDayMonthTransposed, DateWithinDays, DateSameYearMonth, DateYearOffBy, TokenOverlapAtLeast,
        NumericDifferenceAtMost, AllOf, Else {

    /** A short human label, e.g. {@code "jaro_winkler >= 0.92"}, for explanations and reports. */
    String describe();

    /** Whether the condition compares birth dates (needs the birth_date field). */
    default boolean comparesDates() {
        return false;
    }
}
