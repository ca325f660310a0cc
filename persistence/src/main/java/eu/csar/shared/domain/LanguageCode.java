package eu.csar.shared.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A two-letter ISO 639-1 language code in lower case ({@code nl}, {@code en}) that exists. Null is valid. */
@Documented
@Constraint(validatedBy = LanguageCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface LanguageCode {

    String message() default "{csar.language}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
