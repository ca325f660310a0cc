package eu.csar.shared.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an application service of one bounded context as meant for other contexts too. Contexts
 * meet only through each other's {@code api} packages and the services marked with this; the
 * architecture tests refuse any other reach across (and the context's {@code package-info.java}
 * says what the service offers).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedService {
}
