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

/**
 * A telephone number in international form ({@code +31 20 555 0100}) that is valid for its
 * country's numbering plan, checked offline with libphonenumber's metadata; 40 characters at most
 * (the column). Null is valid: combine with {@code @NotBlank} where a value is required.
 */
@Documented
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PhoneNumber {

    String message() default "{csar.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
