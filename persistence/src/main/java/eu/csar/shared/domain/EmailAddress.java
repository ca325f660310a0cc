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
 * An e-mail address as a careful clerk checks it without sending mail: {@code local@domain}, a
 * local part of at most 64 characters (dot-atom), a domain of at least two DNS labels (letters,
 * digits and hyphens, not starting or ending with a hyphen, at most 63 characters each) ending in
 * an alphabetic top-level domain of two or more letters, 254 characters in all. So {@code a@b} is
 * refused. Null is valid: combine with {@code @NotBlank} where a value is required.
 */
@Documented
@Constraint(validatedBy = EmailAddressValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface EmailAddress {

    String message() default "{csar.email}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
