package eu.csar.web.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose body is a file in its own format (e.g. the hasher's CSV or JSON
 * lines for {@code POST /api/v1/indicator-imports}), not one JSON value: {@link StrictJsonBodies}
 * leaves it to the method, which declares its media types with {@code @Consumes} and must itself
 * refuse bytes that are not valid UTF-8.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RawBody {
}
