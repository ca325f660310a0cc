package eu.csar.victims.application;

import eu.csar.victims.domain.VictimCaseRepository;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Deletes, every minute, the victim-page sessions that expired ({@code csar.victim.session-minutes}
 * after the sign-in, by the platform clock) and the wrong-sign-in counts of client addresses whose
 * window ended, so that neither outlives its use by more than a minute. An expired session already
 * works no more ({@link VictimAccess}); this only removes the row. Not persistent, like the other
 * housekeeping timers: a missed run is made up by the next, and in a cluster a second node's run
 * deletes nothing twice.
 */
@Singleton
@DependsOn("SchemaMigrator")
public class VictimSessionSweep {

    private static final Logger LOG = Logger.getLogger(VictimSessionSweep.class.getName());

    @Inject
    VictimCaseRepository cases;

    @Inject
    VictimSettings settings;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "victim session sweep")
    void sweep() {
        Instant now = clock.instant();
        int sessions = cases.endExpiredSessions(now);
        int addresses = cases.forgetAddressFailures(now.minus(settings.limits().addressWindow()));
        if (sessions + addresses > 0) {
            LOG.fine(() -> "Victim page sweep: " + sessions + " expired session(s), " + addresses + " ended address window(s)");
        }
    }
}
