package eu.csar.it.support;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link SuiteDeployment} with Arquillian (META-INF/services of the test classpath). */
public class SuiteDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SuiteDeployment.class);
    }
}
