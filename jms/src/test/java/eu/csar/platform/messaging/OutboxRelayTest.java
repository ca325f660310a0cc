package eu.csar.platform.messaging;

import jakarta.ejb.TimerService;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutboxRelayTest {

    /** The relay with a timer service that records the runs set (or refuses them) and a sender that sends nothing. */
    static final class Relay {
        final List<Long> runsSet = new ArrayList<>();
        int drains;
        boolean refusing;
        final OutboxRelay relay = new OutboxRelay();

        Relay() {
            relay.timers = (TimerService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {TimerService.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("createSingleActionTimer")) {
                            throw new AssertionError("unexpected timer call " + method.getName());
                        }
                        if (refusing) {
                            throw new IllegalStateException("timer service unavailable");
                        }
                        runsSet.add((Long) args[0]);
                        return null;
                    });
            relay.sender = new OutboxSender() {
                @Override
                public int sendDue(int batch) {
                    drains++;
                    return 0;
                }
            };
        }
    }

    @Test
    void theSweepDoesNotDrainItselfButSetsARunUnlessOneIsSet() {
        Relay r = new Relay();
        r.relay.sweep();
        r.relay.sweep();
        r.relay.onCommit(null);
        assertEquals(List.of(1L), r.runsSet, "one run for the sweeps and the commit while it is pending");
        assertEquals(0, r.drains, "the sweep's own execution ends at once, so it never overlaps the next");
        r.relay.woken();
        assertEquals(1, r.drains);
        r.relay.sweep();
        assertEquals(List.of(1L, 1L), r.runsSet, "after the run, the next sweep sets a new one");
    }

    @Test
    void aRunThatCouldNotBeSetIsSetByTheNextSweep() {
        Relay r = new Relay();
        r.refusing = true;
        assertThrows(IllegalStateException.class, r.relay::sweep);
        r.refusing = false;
        r.relay.sweep();
        assertEquals(List.of(1L), r.runsSet);
    }
}
