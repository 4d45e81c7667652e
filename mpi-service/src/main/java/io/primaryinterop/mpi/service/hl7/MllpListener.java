package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.protocol.impl.AppRoutingDataImpl;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.primaryinterop.mpi.service.application.CrossReferenceService;
import io.primaryinterop.mpi.service.application.IdentityService;
import io.primaryinterop.mpi.service.application.IngestService;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HL7 v2 listener: HAPI's MLLP server on its own port, started with the HTTP service, routing
 * ADT^A01/A04/A05/A08 to {@link AdtFeed}, ADT^A40 to {@link AdtMerge}, QBP^Q23 to {@link PixQuery} and anything else to
 * {@link UnsupportedMessage}; what HAPI cannot parse is answered by {@link NakOnFailure}. On shutdown it
 * waits for messages in flight to be answered, then closes its connections.
 */
@Singleton
@Requires(property = "mpi.mllp.enabled", notEquals = "false")
public final class MllpListener implements ApplicationEventListener<ServerStartupEvent>, GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(MllpListener.class);
    private static final long DRAIN_SECONDS = 20;

    private final HapiContext context;
    private final MllpConfiguration configuration;
    private final IngestService ingest;
    private final CrossReferenceService crossReferences;
    private final IdentityService identities;
    private final InFlight inFlight = new InFlight();
    private HL7Service server;

    MllpListener(HapiContext context, MllpConfiguration configuration, IngestService ingest,
                 CrossReferenceService crossReferences, IdentityService identities) {
        this.context = context;
        this.configuration = configuration;
        this.ingest = ingest;
        this.crossReferences = crossReferences;
        this.identities = identities;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        if (server != null) {
            return;
        }
        requirePortFree();
        // acceptAll: a message that looks like an answer (has MSA) is still answered, not silently dropped.
        HL7Service service = context.newServer(configuration.port(), false, true);
        AdtFeed adt = new AdtFeed(ingest);
        for (String trigger : new String[] {"A01", "A04", "A05", "A08"}) {
            service.registerApplication("ADT", trigger, new Guarded("ADT^" + trigger, adt, inFlight));
        }
        service.registerApplication("ADT", "A40",
                new Guarded("ADT^A40", new AdtMerge(crossReferences, identities), inFlight));
        service.registerApplication("QBP", "Q23",
                new Guarded("QBP^Q23", new PixQuery(crossReferences, configuration.enterpriseDomain()), inFlight));
        service.registerApplication(new AppRoutingDataImpl("*", "*", "*", "*"),
                new Guarded("unsupported", new UnsupportedMessage(Set.of("ADT", "QBP")), inFlight));
        service.setExceptionHandler(new NakOnFailure(context.getPipeParser()));
        try {
            service.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the MLLP listener", e);
        }
        if (!service.isRunning() || service.getServiceExitedWithException() != null) {
            throw cannotListen(service.getServiceExitedWithException());
        }
        server = service;
        LOG.info("MLLP listener on port {}", configuration.port());
    }

    /** HAPI binds on a thread of its own and keeps running when that fails: a taken port must stop the start here. */
    private void requirePortFree() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(configuration.port()));
        } catch (IOException taken) {
            throw cannotListen(taken);
        }
    }

    private IllegalStateException cannotListen(Throwable cause) {
        return new IllegalStateException("cannot listen for MLLP on port " + configuration.port()
                + " (mpi.mllp.port / MPI_MLLP_PORT; mpi.mllp.enabled=false turns it off)", cause);
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        return CompletableFuture.runAsync(this::stop);
    }

    @Override
    public OptionalLong reportActiveTasks() {
        return OptionalLong.of(inFlight.active());
    }

    /** Waits (up to 20 s) for messages in flight to be answered, then stops accepting and closes connections. */
    @PreDestroy
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            inFlight.idle().get(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("MLLP listener: {} message(s) still in flight after {} s; closing anyway", inFlight.active(), DRAIN_SECONDS);
        }
        server.stopAndWait();
        server = null;
        LOG.info("MLLP listener stopped");
    }
}
