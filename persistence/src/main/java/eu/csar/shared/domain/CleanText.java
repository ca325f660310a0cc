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
 * Free text that is stored and published exactly as typed: no control characters (line breaks and
 * tabs only where {@link #multiLine()} allows them), no lone surrogates (the database would store
 * {@code ?}), no U+FFFD left behind by a broken encoding, and no invisible characters that make the
 * public register show something other than what is stored (bidi overrides and isolates,
 * zero-width characters). Null is valid: combine with {@code @NotBlank} where a value is required.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CleanText {

    String message() default "{csar.cleanText}";

    /** Whether line breaks and tabs are allowed (addresses, descriptions, PEM keys). */
    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
