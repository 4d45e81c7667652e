package io.primaryinterop.mpi.service.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.MapFormat;
import io.micronaut.core.naming.conventions.StringConvention;
import java.util.List;
import java.util.Map;

/**
 * Golden record survivorship ({@code mpi.survivorship.*}, see docs/stewardship.md).
 *
 * @param rules         per golden field (e.g. {@code given-name: longest}), the rule that picks its value:
 *                      most-recent, most-frequent, most-trusted-source, longest, first-non-empty; unset fields keep
 *                      the default (most-frequent for names, sex, birth date and national id; most-recent for contact fields)
 * @param sourceRanking sources, most trusted first, for most-trusted-source (unlisted sources rank last)
 */
@ConfigurationProperties("mpi.survivorship")
public record SurvivorshipConfiguration(
        @Nullable @MapFormat(keyFormat = StringConvention.RAW, transformation = MapFormat.MapTransformation.FLAT)
        Map<String, String> rules,
        @Nullable List<String> sourceRanking) {
}
