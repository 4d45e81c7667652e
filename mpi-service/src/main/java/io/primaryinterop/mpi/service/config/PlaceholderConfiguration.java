package io.primaryinterop.mpi.service.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Placeholder patients ({@code mpi.placeholders.*}): records whose name or birth date is a stand-in
 * are never linked automatically; they go to review. Unset lists keep the defaults (docs/stewardship.md).
 *
 * @param names       whole names, given then family ({@code JOHN DOE}, {@code BABY BOY})
 * @param givenNames  given names that are stand-ins ({@code UNKNOWN}, {@code BABY})
 * @param familyNames family names that are stand-ins
 * @param birthDates  birth dates that are stand-ins ({@code 1900-01-01})
 */
@ConfigurationProperties("mpi.placeholders")
public record PlaceholderConfiguration(@Nullable List<String> names, @Nullable List<String> givenNames,
                                       @Nullable List<String> familyNames, @Nullable List<String> birthDates) {
}
