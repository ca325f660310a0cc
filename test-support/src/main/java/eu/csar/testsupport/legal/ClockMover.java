package eu.csar.testsupport.legal;

import eu.csar.audit.application.AuditRecorder;
import eu.csar.legal.application.PlatformClock;
import eu.csar.legal.domain.DeadlineAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * Moves the platform clock and records it on the audit trail (actor: the centre admin who did it),
 * so that a demo's trail shows where time jumped. The only caller of {@link PlatformClock#advance}
 * and {@link PlatformClock#reset} (an architecture test keeps it so).
 */
@Stateless
public class ClockMover {

    @Inject
    PlatformClock clock;

    @Inject
    AuditRecorder audit;

    @RolesAllowed("centre-admin")
    public Instant advance(Duration by) {
        Instant before = clock.now();
        Instant now = clock.advance(by);
        ClockKeeper.remember(clock);
        audit.success(DeadlineAction.CLOCK_ADVANCED, null, "clock moved forward by " + by + " from " + before + " to " + now);
        return now;
    }

    @RolesAllowed("centre-admin")
    public Instant reset() {
        Duration offset = clock.offset();
        Instant now = clock.reset();
        ClockKeeper.remember(clock);
        audit.success(DeadlineAction.CLOCK_RESET, null, "clock moved back by " + offset + " to the system time " + now);
        return now;
    }
}
