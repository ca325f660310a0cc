package eu.csar.platform.api;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The node is ready only when every load that began is done; a failed load keeps it not ready. */
class StartupLoadsTest {

    @Test
    void nothingBegunIsReady() {
        assertTrue(new StartupLoads().allDone());
    }

    @Test
    void aLoadKeepsTheNodeNotReadyUntilItIsDone() {
        StartupLoads loads = new StartupLoads();
        StartupLoads.Load schema = loads.begin("schema migration");
        StartupLoads.Load index = loads.begin("match index");
        assertFalse(loads.allDone());
        assertEquals(Set.of("match index", "schema migration"), loads.in(StartupLoads.State.LOADING));
        schema.done();
        assertFalse(loads.allDone());
        assertEquals(Set.of("match index"), loads.in(StartupLoads.State.LOADING));
        assertEquals(Set.of("schema migration"), loads.in(StartupLoads.State.DONE));
        index.done();
        assertTrue(loads.allDone());
        assertEquals(Set.of(), loads.in(StartupLoads.State.LOADING));
    }

    @Test
    void aFailedLoadKeepsTheNodeNotReady() {
        StartupLoads loads = new StartupLoads();
        loads.begin("legal profiles").failed();
        assertFalse(loads.allDone());
        assertEquals(Set.of("legal profiles"), loads.in(StartupLoads.State.FAILED));
    }

    @Test
    void aLoadBegunAgainIsPendingAgain() {
        StartupLoads loads = new StartupLoads();
        loads.begin("match index").done();
        loads.begin("match index");
        assertFalse(loads.allDone());
    }
}
