package io.primaryinterop.mpi.service.engine;

import io.micronaut.context.annotation.Factory;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.service.config.MpiConfiguration;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine compiled from the configured model file, or from the model bundled with the engine. */
@Factory
final class EngineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(EngineFactory.class);

    @Singleton
    MatchEngine matchEngine(MpiConfiguration configuration) {
        String path = configuration.modelPath();
        ModelSpec spec = path == null || path.isBlank() ? ModelSpec.defaultPatientModel() : ModelSpec.read(Path.of(path));
        LOG.info("match model {} ({})", spec.version(), path == null || path.isBlank() ? "bundled" : path);
        return new ModelMatchEngine(spec.compile());
    }
}
