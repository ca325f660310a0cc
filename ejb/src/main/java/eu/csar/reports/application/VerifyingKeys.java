package eu.csar.reports.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import eu.csar.shared.domain.PublicKeyPemValidator;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verifiers of registered report-signing keys, kept by their PEM text: a provider's key is parsed,
 * checked and (for ES256) prepared once, not at every report. A key that is replaced in the registry
 * is simply no longer asked for; at most {@link #CAPACITY} keys are kept, and a fuller cache is emptied
 * (many distinct keys then cost a parse each, nothing else). Public keys only: nothing secret is kept.
 */
final class VerifyingKeys {

    static final int CAPACITY = 4096;

    private static final Map<String, Optional<VerifyingKey>> KEYS = new ConcurrentHashMap<>();

    private VerifyingKeys() {
    }

    /** A registered key with the one algorithm reports signed with it use, and its verifier. */
    record VerifyingKey(PublicKey key, Optional<JWSAlgorithm> algorithm, Optional<JWSVerifier> verifier) {
    }

    /** The verifier of {@code pem}, if it is a key the platform accepts. */
    static Optional<VerifyingKey> of(String pem) {
        Optional<VerifyingKey> known = KEYS.get(pem);
        if (known != null) {
            return known;
        }
        Optional<VerifyingKey> made = PublicKeyPemValidator.acceptedKey(pem).map(VerifyingKeys::prepare);
        if (KEYS.size() >= CAPACITY) {
            KEYS.clear();
        }
        KEYS.put(pem, made);
        return made;
    }

    /** How many keys are kept now. */
    static int size() {
        return KEYS.size();
    }

    private static VerifyingKey prepare(PublicKey key) {
        Optional<JWSAlgorithm> algorithm = ReportSignatures.algorithmFor(key);
        return new VerifyingKey(key, algorithm, algorithm.flatMap(a -> verifier(a, key)));
    }

    /** The verifier for {@code algorithm}; none if the key cannot verify (e.g. its point is not on the curve). */
    private static Optional<JWSVerifier> verifier(JWSAlgorithm algorithm, PublicKey key) {
        try {
            if (JWSAlgorithm.ES256.equals(algorithm)) {
                return Optional.of(new Es256Verifier((ECPublicKey) key));
            }
            return Optional.of(key instanceof RSAPublicKey rsa ? new RSASSAVerifier(rsa) : new ECDSAVerifier((ECPublicKey) key));
        } catch (JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
