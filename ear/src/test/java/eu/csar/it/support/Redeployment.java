package eu.csar.it.support;

import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Takes the application away and brings it back through the server's management API, for tests of
 * what survives a restart (persistent timers, deadlines that come due meanwhile), and waits in real
 * time. The EAR it redeploys is the one the classes share ({@link SuiteDeployment}).
 */
public final class Redeployment {

    private Redeployment() {
    }

    public static void undeploy(ManagementClient management) throws IOException {
        run(management, "undeploy");
    }

    public static void deploy(ManagementClient management) throws IOException {
        run(management, "deploy");
    }

    /** Waits (polling) until {@code condition} holds; false if it did not within {@code limit}. */
    public static boolean await(BooleanSupplier condition, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            pause(Duration.ofMillis(500));
        }
        return condition.getAsBoolean();
    }

    /** Sleeps {@code d} of real time (nothing if it is negative). */
    public static void pause(Duration d) {
        try {
            Thread.sleep(Math.max(0, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void run(ManagementClient management, String operation) throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").setEmptyList().add("deployment", Deployments.EAR_NAME);
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), operation + ": " + result);
    }
}
