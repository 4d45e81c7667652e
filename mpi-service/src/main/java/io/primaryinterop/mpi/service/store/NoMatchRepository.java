package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.LINK;
import static io.primaryinterop.mpi.service.store.jooq.Tables.NO_MATCH_PAIR;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.Collection;
import io.primaryinterop.mpi.service.store.jooq.tables.Link;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** Record pairs a steward declared not the same patient; stored once per pair, low row id first. */
@Singleton
public final class NoMatchRepository {

    /** Remembers that {@code recordRowId} is none of {@code others}; pairs already known are kept as they are. */
    public void remember(DSLContext ctx, long recordRowId, Collection<Long> others, Long reviewTaskId, LocalDateTime now) {
        for (long other : others) {
            if (other == recordRowId) {
                continue;
            }
            long lo = Math.min(recordRowId, other);
            long hi = Math.max(recordRowId, other);
            if (!ctx.fetchExists(NO_MATCH_PAIR, NO_MATCH_PAIR.RECORD_LO.eq(lo).and(NO_MATCH_PAIR.RECORD_HI.eq(hi)))) {
                ctx.insertInto(NO_MATCH_PAIR).set(NO_MATCH_PAIR.RECORD_LO, lo).set(NO_MATCH_PAIR.RECORD_HI, hi)
                        .set(NO_MATCH_PAIR.REVIEW_TASK_ID, reviewTaskId).set(NO_MATCH_PAIR.CREATED_AT, now).execute();
            }
        }
    }

    /**
     * Row ids of the persons now holding a record declared not to match {@code recordRowId}, as a sub-select
     * (the candidate query leaves them out in the same statement).
     */
    public static Select<Record1<Long>> personsKeptApartFrom(long recordRowId) {
        Link other = LINK.as("no_match_link");
        return DSL.select(other.PERSON_ID).from(NO_MATCH_PAIR).join(other).on(other.RECORD_ID.eq(NO_MATCH_PAIR.RECORD_HI))
                .where(NO_MATCH_PAIR.RECORD_LO.eq(recordRowId))
                .unionAll(DSL.select(other.PERSON_ID).from(NO_MATCH_PAIR).join(other).on(other.RECORD_ID.eq(NO_MATCH_PAIR.RECORD_LO))
                        .where(NO_MATCH_PAIR.RECORD_HI.eq(recordRowId)));
    }
}
