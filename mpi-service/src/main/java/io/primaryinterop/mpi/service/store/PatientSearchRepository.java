package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.PERSON;
import static io.primaryinterop.mpi.service.store.jooq.Tables.SOURCE_RECORD;

import io.primaryinterop.mpi.service.domain.PatientQuery;
import io.primaryinterop.mpi.service.domain.PatientQuery.Criterion;
import io.primaryinterop.mpi.service.domain.PatientQuery.Match;
import io.primaryinterop.mpi.service.domain.PatientQuery.Term;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The demographic search of persons' golden records (PDQm) and the identifier look-ups of PIXm.
 * Every value is a bind parameter; names compare through the upper-cased key columns where they can.
 */
@Singleton
public final class PatientSearchRepository {

    /** Persons matching every criterion, in row order, one page. */
    public List<StoredPerson> search(DSLContext ctx, PatientQuery query) {
        List<Condition> where = new ArrayList<>();
        if (query.activeOnly()) {
            where.add(PersonRepository.active());
        }
        for (Criterion c : query.criteria()) {
            where.add(DSL.or(c.anyOf().stream().map(PatientSearchRepository::condition).toList()));
        }
        return ctx.selectFrom(PERSON).where(where).orderBy(PERSON.ID).limit(query.count()).offset(query.offset())
                .fetch(PersonRepository::toStored);
    }

    /** (row id, source, record id) of the records linked to each of these persons, by record row id. */
    public List<LinkedRecordRow> linkedRecords(DSLContext ctx, Collection<Long> personRowIds) {
        return ctx.select(LINK.PERSON_ID, SOURCE_RECORD.ID, SOURCE_RECORD.SOURCE, SOURCE_RECORD.RECORD_ID)
                .from(LINK).join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(LINK.RECORD_ID))
                .where(LINK.PERSON_ID.in(personRowIds)).orderBy(SOURCE_RECORD.ID)
                .fetch(r -> new LinkedRecordRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Persons (any status) by enterprise id, in row order. */
    public List<StoredPerson> byEnterpriseIds(DSLContext ctx, Collection<String> enterpriseIds) {
        return ctx.selectFrom(PERSON).where(PERSON.ENTERPRISE_ID.in(enterpriseIds)).orderBy(PERSON.ID)
                .fetch(PersonRepository::toStored);
    }

    /** A record linked to a person, by its identity. */
    public record LinkedRecordRow(long personRowId, long recordRowId, String source, String recordId) {
    }

    private static Condition condition(Term c) {
        String value = c.value();
        return switch (c.field()) {
            case ACTIVE -> "true".equals(value) ? PERSON.STATUS.eq(StoredPerson.ACTIVE) : PERSON.STATUS.ne(StoredPerson.ACTIVE);
            case PERSON_ID -> PERSON.ENTERPRISE_ID.eq(value);
            case FAMILY -> name(PERSON.FAMILY_NAME, PERSON.FAMILY_KEY, c.match(), value);
            case GIVEN -> name(PERSON.GIVEN_NAME, PERSON.GIVEN_KEY, c.match(), value)
                    .or(name(PERSON.MIDDLE_NAME, DSL.upper(PERSON.MIDDLE_NAME), c.match(), value));
            case BIRTH_DATE -> birthDate(value);
            case SEX -> DSL.upper(PERSON.SEX).in(sexSpellings(value));
            case RECORD_IDENTIFIER -> recordIdentifier(value);
            case NATIONAL_ID -> sameDigits(PERSON.NATIONAL_ID, value);
            case PHONE -> sameDigits(PERSON.PHONE, value);
            case EMAIL -> DSL.lower(PERSON.EMAIL).eq(value.toLowerCase(Locale.ROOT));
            case ADDRESS -> DSL.or(List.of(PERSON.ADDRESS_LINE, PERSON.CITY, PERSON.STATE, PERSON.POSTAL_CODE,
                    PERSON.COUNTRY).stream().map(f -> name(f, DSL.upper(f), c.match(), value)).toList());
            case CITY -> name(PERSON.CITY, DSL.upper(PERSON.CITY), c.match(), value);
            case STATE -> name(PERSON.STATE, DSL.upper(PERSON.STATE), c.match(), value);
            case POSTAL_CODE -> name(PERSON.POSTAL_CODE, DSL.upper(PERSON.POSTAL_CODE), c.match(), value);
            case COUNTRY -> name(PERSON.COUNTRY, DSL.upper(PERSON.COUNTRY), c.match(), value);
        };
    }

    /** EXACT: equal as written; else on the upper-cased column (starts with, or contains). */
    private static Condition name(Field<String> column, Field<String> upper, Match match, String value) {
        String key = PersonRepository.searchKey(value);
        if (match == Match.EXACT) {
            return column.eq(value);
        }
        if (key == null) {
            return DSL.falseCondition();
        }
        String escaped = key.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return match == Match.CONTAINS ? upper.like("%" + escaped + "%", '!') : upper.like(escaped + "%", '!');
    }

    /**
     * FHIR date search on the stored YYYY-MM-DD text: the value's precision (year, month, day) makes a
     * range [low, high]; text order is date order for well-formed dates.
     */
    private static Condition birthDate(String prefixed) {
        String prefix = prefixed.length() > 2 && Character.isLetter(prefixed.charAt(0)) ? prefixed.substring(0, 2) : "eq";
        String date = prefix.equals("eq") && !prefixed.startsWith("eq") ? prefixed : prefixed.substring(2);
        String low = switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date;
        };
        String high = switch (date.length()) {
            case 4 -> date + "-12-31";
            case 7 -> date + "-31";
            default -> date;
        };
        Field<String> b = PERSON.BIRTH_DATE;
        return switch (prefix) {
            case "eq" -> b.between(low, high);
            case "ne" -> b.notBetween(low, high);
            case "gt", "sa" -> b.gt(high);
            case "ge" -> b.ge(low);
            case "lt", "eb" -> b.lt(low);
            case "le" -> b.le(high);
            default -> throw new IllegalArgumentException("unknown date prefix " + prefix);
        };
    }

    private static List<String> sexSpellings(String code) {
        return switch (code) {
            case "M" -> List.of("M", "MALE");
            case "F" -> List.of("F", "FEMALE");
            case "O" -> List.of("O", "OTHER");
            default -> List.of("U", "UNKNOWN");
        };
    }

    private static Condition recordIdentifier(String token) {
        int bar = token.indexOf('|');
        String system = bar < 0 ? "" : token.substring(0, bar);
        String value = bar < 0 ? token : token.substring(bar + 1);
        Condition match = DSL.trueCondition();
        if (!system.isEmpty()) {
            match = match.and(SOURCE_RECORD.SOURCE.eq(system));
        }
        if (!value.isEmpty()) {
            match = match.and(SOURCE_RECORD.RECORD_ID.eq(value));
        }
        return DSL.exists(DSL.selectOne().from(LINK).join(SOURCE_RECORD).on(SOURCE_RECORD.ID.eq(LINK.RECORD_ID))
                .where(LINK.PERSON_ID.eq(PERSON.ID)).and(match));
    }

    /** Equal as written, or (numbers written with other punctuation) equal digits. */
    private static Condition sameDigits(Field<String> column, String value) {
        String digits = value.replaceAll("[^0-9]", "");
        Condition asWritten = column.eq(value);
        return digits.isEmpty() ? asWritten : asWritten.or(DSL.regexpReplaceAll(column, "[^0-9]", "").eq(digits));
    }
}
