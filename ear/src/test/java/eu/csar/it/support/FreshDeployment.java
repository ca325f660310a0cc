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
 * the classes after it share.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FreshDeployment {
}
