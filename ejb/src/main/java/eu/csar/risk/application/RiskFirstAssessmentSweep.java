package eu.csar.risk.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, after the schema and the shipped legal profiles, starts the first risk assessment's
 * clock of the providers registered before the registry told of registrations (the SQL-seeded demo
 * providers among them): {@link RiskFirstAssessments#sweep()}. A failure (e.g. another node sweeping
 * at the same moment in a cluster, one primary key twice) rolls the sweep back and is logged; the
 * next start sweeps again, and a provider registered meanwhile is started by its registration.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ShippedProfiles"})
public class RiskFirstAssessmentSweep {

    private static final Logger LOG = Logger.getLogger(RiskFirstAssessmentSweep.class.getName());

    @Inject
    RiskFirstAssessments firstAssessments;

    @PostConstruct
    void sweep() {
        try {
            int started = firstAssessments.sweep();
            LOG.info(() -> "First risk assessment clocks started for providers registered before: " + started);
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            LOG.log(Level.WARNING, "The sweep of first risk assessment clocks failed; the next start sweeps again", e);
        }
    }
}
