package io.primaryinterop.mpi.service.application;

import io.micronaut.context.annotation.Factory;
import io.primaryinterop.mpi.service.config.PlaceholderConfiguration;
import io.primaryinterop.mpi.service.config.SurvivorshipConfiguration;
import io.primaryinterop.mpi.service.domain.PlaceholderPatients;
import io.primaryinterop.mpi.service.domain.Survivorship;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Stewardship configuration compiled once at start; a bad rule or field name stops the start with the reason. */
@Factory
final class StewardshipFactory {

    @Singleton
    PlaceholderPatients placeholderPatients(PlaceholderConfiguration c) {
        return new PlaceholderPatients(
                c.names() == null ? PlaceholderPatients.DEFAULT_NAMES : c.names(),
                c.givenNames() == null ? PlaceholderPatients.DEFAULT_GIVEN_NAMES : c.givenNames(),
                c.familyNames() == null ? PlaceholderPatients.DEFAULT_FAMILY_NAMES : c.familyNames(),
                c.birthDates() == null ? PlaceholderPatients.DEFAULT_BIRTH_DATES : c.birthDates());
    }

    @Singleton
    Survivorship survivorship(SurvivorshipConfiguration configuration) {
        Map<String, String> rules = configuration.rules() == null ? Map.of() : configuration.rules();
        List<String> ranking = configuration.sourceRanking() == null ? List.of() : configuration.sourceRanking();
        return Survivorship.withOverrides(rules, ranking);
    }
}
