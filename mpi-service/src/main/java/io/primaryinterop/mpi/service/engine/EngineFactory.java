package io.primaryinterop.mpi.service.engine;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.service.config.MpiConfiguration;
import io.primaryinterop.mpi.service.store.ModelVersionRepository;
import io.primaryinterop.mpi.service.store.ModelVersionRepository.StoredModelVersion;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine compiled from the active stored model version, the configured model file, or the model bundled with the engine,
 * and the decision thresholds: the configuration's where set, else the model's.
 */
@Factory
final class EngineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(EngineFactory.class);

    /**
     * The active stored model version (see application.ModelVersionService) if one was activated, else the
     * configured model file, else the bundled model. Made at start ({@code @Context}), not by the first request.
     */
    @Context
    MatchModel matchModel(MpiConfiguration configuration, DSLContext dsl, ModelVersionRepository versions) {
        Optional<StoredModelVersion> active = versions.active(dsl);
        if (active.isPresent()) {
            LOG.info("match model {} (active stored version)", active.get().version());
            return ModelSpec.fromJson(active.get().modelJson()).compile();
        }
        String path = configuration.modelPath();
        boolean bundled = path == null || path.isBlank();
        ModelSpec spec = bundled ? ModelSpec.defaultPatientModel() : ModelSpec.read(Path.of(path));
        LOG.info("match model {} ({})", spec.version(), bundled ? "bundled" : path);
        return spec.compile();
    }

    /** Switchable: activating a stored model version (application.ModelVersionService) replaces the model in place. */
    @Singleton
    SwitchableMatchEngine matchEngine(MatchModel model) {
        return new SwitchableMatchEngine(new ModelMatchEngine(model));
    }

    @Singleton
    DecisionThresholds decisionThresholds(MatchEngine engine, MpiConfiguration configuration) {
        DecisionThresholds model = engine.thresholds();
        DecisionThresholds thresholds = new DecisionThresholds(
                configuration.autoLinkThreshold() == null ? model.autoLink() : configuration.autoLinkThreshold(),
                configuration.reviewThreshold() == null ? model.review() : configuration.reviewThreshold());
        LOG.info("decisions: auto-link at p >= {}, review at p >= {}", thresholds.autoLink(), thresholds.review());
        return thresholds;
    }
}
