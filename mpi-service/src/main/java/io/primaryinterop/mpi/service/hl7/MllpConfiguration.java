package io.primaryinterop.mpi.service.hl7;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The HL7 v2 listener ({@code mpi.mllp.*}; environment {@code MPI_MLLP_ENABLED}, {@code MPI_MLLP_PORT}).
 *
 * @param enabled          whether the service listens for MLLP at all
 * @param port             the TCP port (apart from the HTTP port)
 * @param enterpriseDomain the assigning authority under which PIX answers carry the MPI's own person id
 */
@ConfigurationProperties("mpi.mllp")
public record MllpConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "2575") int port,
        @Bindable(defaultValue = "MPI") String enterpriseDomain) {

    public MllpConfiguration {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("mpi.mllp.port must be in 1..65535: " + port);
        }
        if (enterpriseDomain == null || enterpriseDomain.isBlank()) {
            throw new IllegalArgumentException("mpi.mllp.enterprise-domain must not be blank");
        }
    }
}
