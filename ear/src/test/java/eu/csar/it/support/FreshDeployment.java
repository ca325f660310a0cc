package eu.csar.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that needs the EAR deployed afresh for itself, instead of the deployment the
 * classes before it shared ({@link SuiteDeployment}): a class that undeploys and redeploys the
 * application, or asserts what happens when it starts. The EAR deployed for such a class is the one
 * the classes after it share. ReadinessIT and SupportModuleDeploymentIT need none: what they check
 * (readiness UP with the start-up loads listed; the test-support module, open to centre admins only)
 * holds for as long as the EAR is deployed, not just after a deployment.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FreshDeployment {
}
