package eu.csar.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The node's readiness check ({@code csar-startup-loads} in {@code /health/ready} on the management
 * port, MicroProfile Health added by configure-62-health.cli): UP when every {@link StartupLoads
 * start-up load} is done; DOWN while one is loading or has failed, with their names. In the EAR's
 * library jar: WildFly's health subsystem registers one CDI extension per deployment unit, and the
 * bean manager that extension queries sees the EAR's top-level bean archives (lib/) only, so a check
 * in the WAR or the EJB jar was never found (WFLY-12835; ReadinessIT proves this one is).
 */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    public static final String NAME = "csar-startup-loads";

    @Inject
    StartupLoads loads;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(loads.allDone())
                .withData("loaded", String.join(", ", loads.in(StartupLoads.State.DONE)));
        if (!loads.in(StartupLoads.State.LOADING).isEmpty()) {
            response.withData("loading", String.join(", ", loads.in(StartupLoads.State.LOADING)));
        }
        if (!loads.in(StartupLoads.State.FAILED).isEmpty()) {
            response.withData("failed", String.join(", ", loads.in(StartupLoads.State.FAILED)));
        }
        return response.build();
    }
}
