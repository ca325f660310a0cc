package eu.csar.shared.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A signing key must be one PEM public key of a type report signatures will use. The keys under
 * {@code keys/} were generated with the JDK's KeyPairGenerator for these tests only.
 */
class PublicKeyPemValidatorTest {

    static String key(String name) {
        try (InputStream in = PublicKeyPemValidatorTest.class.getResourceAsStream("/keys/" + name + ".pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048", "p256", "p384", "ed25519"})
    void acceptedKeyTypesParse(String name) {
        assertTrue(PublicKeyPemValidator.isAcceptedKey(key(name)), name);
        assertTrue(PublicKeyPemValidator.isAcceptedKey("\n  " + key(name).replace("\n", "\r\n") + "\n"), name + " with CRLF and blank lines around");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa1024", "p521", "ed448"})
    void weakOrUnusedKeyTypesAreRefused(String name) {
        assertFalse(PublicKeyPemValidator.isAcceptedKey(key(name)), name);
    }

    @Test
    void anythingThatIsNotOnePemPublicKeyIsRefused() {
        String rsa = key("rsa2048");
        assertFalse(PublicKeyPemValidator.isAcceptedKey("hello"));
        assertFalse(PublicKeyPemValidator.isAcceptedKey(""));
        assertFalse(PublicKeyPemValidator.isAcceptedKey(rsa.replace("PUBLIC KEY", "RSA PUBLIC KEY")), "PKCS#1, not SubjectPublicKeyInfo");
        assertFalse(PublicKeyPemValidator.isAcceptedKey(rsa.replace("PUBLIC KEY", "CERTIFICATE")));
        assertFalse(PublicKeyPemValidator.isAcceptedKey(rsa + rsa), "two keys");
        assertFalse(PublicKeyPemValidator.isAcceptedKey("text before\n" + rsa));
        assertFalse(PublicKeyPemValidator.isAcceptedKey(rsa.replaceFirst("M", "M!")), "not base64");
        assertFalse(PublicKeyPemValidator.isAcceptedKey(rsa.replaceFirst("MII", "MIJ")), "damaged DER");
        assertFalse(PublicKeyPemValidator.isAcceptedKey("-----BEGIN PUBLIC KEY-----\naGVsbG8=\n-----END PUBLIC KEY-----"), "base64 of hello");
    }
}
