package io.primaryinterop.mpi.service.store;

import static io.primaryinterop.mpi.service.store.jooq.Tables.MODEL_VERSION;

import io.primaryinterop.mpi.service.store.jooq.tables.records.ModelVersionRecord;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Stored model versions (the model JSON as posted); at most one active. */
@Singleton
public final class ModelVersionRepository {

    private static final byte YES = 1;
    private static final byte NO = 0;

    public void insert(DSLContext ctx, String version, String modelJson, String actor, LocalDateTime now) {
        ctx.insertInto(MODEL_VERSION)
                .set(MODEL_VERSION.VERSION, version).set(MODEL_VERSION.MODEL_JSON, modelJson)
                .set(MODEL_VERSION.CREATED_AT, now).set(MODEL_VERSION.CREATED_BY, actor)
                .set(MODEL_VERSION.ACTIVE, NO)
                .execute();
    }

    public boolean exists(DSLContext ctx, String version) {
        return ctx.fetchExists(MODEL_VERSION, MODEL_VERSION.VERSION.eq(version));
    }

    /** The version with its JSON, or empty. */
    public Optional<StoredModelVersion> find(DSLContext ctx, String version) {
        return ctx.selectFrom(MODEL_VERSION).where(MODEL_VERSION.VERSION.eq(version))
                .fetchOptional(r -> toStored(r, true));
    }

    /** The active version with its JSON, or empty (the configured or bundled model is running). */
    public Optional<StoredModelVersion> active(DSLContext ctx) {
        return ctx.selectFrom(MODEL_VERSION).where(MODEL_VERSION.ACTIVE.eq(YES))
                .fetchOptional(r -> toStored(r, true));
    }

    /** All versions, oldest first, without their JSON. */
    public List<StoredModelVersion> list(DSLContext ctx) {
        return ctx.selectFrom(MODEL_VERSION).orderBy(MODEL_VERSION.ID).fetch(r -> toStored(r, false));
    }

    /** Makes {@code version} the only active one. */
    public void activate(DSLContext ctx, String version, String actor, LocalDateTime now) {
        ctx.update(MODEL_VERSION).set(MODEL_VERSION.ACTIVE, NO).where(MODEL_VERSION.ACTIVE.eq(YES)).execute();
        ctx.update(MODEL_VERSION).set(MODEL_VERSION.ACTIVE, YES).set(MODEL_VERSION.ACTIVATED_AT, now)
                .set(MODEL_VERSION.ACTIVATED_BY, actor).where(MODEL_VERSION.VERSION.eq(version)).execute();
    }

    private static StoredModelVersion toStored(ModelVersionRecord r, boolean withJson) {
        return new StoredModelVersion(r.getVersion(), withJson ? r.getModelJson() : null, r.getCreatedAt(),
                r.getCreatedBy(), r.getActive() == YES, r.getActivatedAt(), r.getActivatedBy());
    }

    /** A model version row; {@code modelJson} is null in listings. */
    public record StoredModelVersion(String version, String modelJson, LocalDateTime createdAt, String createdBy,
                                     boolean active, LocalDateTime activatedAt, String activatedBy) {
    }
}
