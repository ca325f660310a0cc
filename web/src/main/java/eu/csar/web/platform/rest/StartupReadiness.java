package eu.csar.web.platform.rest;

import eu.csar.platform.application.StartupLoads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The node's readiness check ({@code csar-startup-loads} in {@code /health/ready} on the management
 * port, MicroProfile Health added by configure-62-health.cli): UP when every {@link StartupLoads
 * start-up load} is done; DOWN while one is loading or has failed, with their names. In the web
 * module because WildFly's health subsystem finds checks in the WAR of an EAR, not in its EJB jar.
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
