package io.primaryinterop.mpi.service.hl7;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A shutdown waits until the last message in flight is answered. */
class InFlightTest {

    @Test
    void idleCompletesAtOnceWithNothingInFlight() {
        assertTrue(new InFlight().idle().isDone());
    }

    @Test
    void idleCompletesWhenTheLastMessageLeaves() {
        InFlight inFlight = new InFlight();
        inFlight.enter();
        inFlight.enter();
        CompletableFuture<Void> idle = inFlight.idle();

        inFlight.exit();
        assertFalse(idle.isDone());
        assertEquals(1, inFlight.active());
        inFlight.exit();

        assertTrue(idle.isDone());
        assertEquals(0, inFlight.active());
    }
}
