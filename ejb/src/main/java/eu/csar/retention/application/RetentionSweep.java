package eu.csar.retention.application;

import eu.csar.security.api.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the retention sweep every minute, as the platform ({@code system}). Legal time is the platform
 * clock, so what is due is computed from it (tests move it); the timer only says when to look. A
 * failed batch rolls back alone and is tried again by the next sweep. Two nodes running it at once
 * share the work (the due rows are claimed with {@code SKIP LOCKED}).
 */
@Singleton
@DependsOn("SchemaMigrator")
@RunAs(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweep {

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class.getName());

    @Inject
    RetentionDesk desk;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "retention sweep")
    void onSchedule() {
        try {
            desk.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention sweep failed (" + e + "); retried next minute", e);
        }
    }
}
