package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.ServerConfiguration.ApplicationExceptionPolicy;
import ca.uhn.hl7v2.llp.MinLowerLayerProtocol;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.idgenerator.IDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HAPI's context for the MLLP listener: every 2.x message is read into the 2.5 structures (senders
 * speak 2.3.1, 2.4, 2.5...), bytes are decoded as MSH-18 says, parsing is lenient (the handlers check what they use and name the field
 * in the ERR segment), and answers get unique control ids without HAPI's default id file.
 */
@Factory
final class HapiContextFactory {

    @Singleton
    @Named("mllp")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService mllpExecutor() {
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory named = r -> {
            Thread t = new Thread(r, "mllp-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newCachedThreadPool(named);
    }

    @Singleton
    @Bean(preDestroy = "close")
    HapiContext hapiContext(@Named("mllp") ExecutorService executor) {
        DefaultHapiContext context = new DefaultHapiContext(executor);
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
        context.setValidationContext(ValidationContextFactory.noValidation());
        // Bytes are read in the charset MSH-18 names (8859/1, UNICODE UTF-8, ...), UTF-8 when it names none.
        MinLowerLayerProtocol mllp = new MinLowerLayerProtocol(true);
        mllp.setCharset(StandardCharsets.UTF_8);
        context.setLowerLayerProtocol(mllp);
        context.getParserConfiguration().setIdGenerator(new ControlIds());
        // Failures are answered by NakOnFailure alone (see there).
        context.getServerConfiguration().setApplicationExceptionPolicy(ApplicationExceptionPolicy.DO_NOT_RESPOND);
        return context;
    }

    /** MSH-10 of answers: milliseconds at start times 1000 plus a counter, unique across restarts, at most 20 digits. */
    static final class ControlIds implements IDGenerator {
        private final AtomicLong next = new AtomicLong(System.currentTimeMillis() * 1000);

        @Override
        public String getID() {
            return Long.toString(next.incrementAndGet());
        }
    }
}
