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
 * A public key that report signatures can be checked with: one PEM block
 * {@code -----BEGIN PUBLIC KEY-----} holding an X.509 SubjectPublicKeyInfo of an accepted type:
 * RSA of 2048 bits or more, EC on P-256 or P-384, or Ed25519. Null is valid (the key is optional).
 */
@Documented
@Constraint(validatedBy = PublicKeyPemValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PublicKeyPem {

    String message() default "{csar.publicKey}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
