package eu.csar.it.support;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;

import java.util.logging.Logger;

/**
 * Deploys the EAR ({@link Deployments#EAR_NAME}) once for the whole IT run instead of once per test
 * class: Arquillian deploys a class's {@code @Deployment} before the class and undeploys it after,
 * and each deployment of the EAR costs a Hibernate boot, the schema check, the index load and the
 * rest of its start. Here the first class that deploys the EAR really deploys it; the classes after
 * it find it deployed, and it is undeployed when the server stops.
 * <p>
 * The exception: a class whose deployment is another archive (its own probe WAR, say) first has the
 * shared EAR undeployed, so it starts on a server without it; its archive is undeployed after it as
 * usual, and the next class deploys the EAR again. A class that needs the application restarted
 * (DeadlineRestartIT) undeploys and redeploys the shared EAR itself through the management API
 * ({@link Redeployment}).
 * <p>
 * The classes share the application's memory as they already share the database: a test that
 * changes a setting of the running application (match rates, the clock) puts it back or leaves a
 * state the others do not depend on.
 */
public class SuiteDeployment {

    private static final Logger LOG = Logger.getLogger(SuiteDeployment.class.getName());

    @Inject
    private Instance<TestClass> testClass;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    /** The EAR as deployed for the classes that share it; null while it is not deployed. */
    private Shared shared;

    private record Shared(DeployableContainer<?> container, Archive<?> archive, ProtocolMetaData metaData) {
    }

    /** Inside Arquillian's deployment context (precedence below its handler's), around the real deploy. */
    public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> context) throws Exception {
        Deployment deployment = context.getEvent().getDeployment();
        boolean ear = isEar(deployment.getDescription());
        if (ear && shared != null) {
            if (shared.metaData() != null) {
                protocolMetaData.set(shared.metaData());
            }
            deployment.deployed();
            return;
        }
        undeployShared("to deploy " + deployment.getDescription().getArchive().getName() + " afresh for "
                + testClass.get().getName());
        context.proceed();
        if (ear && deployment.isDeployed()) {
            shared = new Shared(context.getEvent().getDeployableContainer(), deployment.getDescription().getArchive(),
                    protocolMetaData.get());
        }
    }

    /** The shared EAR stays after its class; anything else is undeployed as usual. */
    public void undeploy(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) {
        Deployment deployment = context.getEvent().getDeployment();
        if (shared != null && isEar(deployment.getDescription())) {
            deployment.undeployed();
            return;
        }
        context.proceed();
    }

    /** At the end of the run, before the server stops: the server is left as the run found it. */
    public void undeployBeforeStop(@Observes BeforeStop event) throws Exception {
        undeployShared("before the server stops");
    }

    private void undeployShared(String why) throws Exception {
        if (shared == null) {
            return;
        }
        Shared leaving = shared;
        shared = null;
        LOG.info(() -> "undeploying the shared " + leaving.archive().getName() + " " + why);
        leaving.container().undeploy(leaving.archive());
    }

    private static boolean isEar(DeploymentDescription description) {
        return description.isArchiveDeployment() && Deployments.EAR_NAME.equals(description.getArchive().getName());
    }
}
