package io.primaryinterop.mpi.service.engine;

import io.micronaut.context.annotation.Factory;
import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.service.config.MpiConfiguration;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine compiled from the configured model file, or from the model bundled with the engine,
 * and the decision thresholds: the configuration's where set, else the model's.
 */
@Factory
final class EngineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(EngineFactory.class);

    @Singleton
    MatchModel matchModel(MpiConfiguration configuration) {
        String path = configuration.modelPath();
        boolean bundled = path == null || path.isBlank();
        ModelSpec spec = bundled ? ModelSpec.defaultPatientModel() : ModelSpec.read(Path.of(path));
        LOG.info("match model {} ({})", spec.version(), bundled ? "bundled" : path);
        return spec.compile();
    }

    @Singleton
    MatchEngine matchEngine(MatchModel model) {
        return new ModelMatchEngine(model);
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
