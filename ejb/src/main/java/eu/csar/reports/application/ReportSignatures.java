package eu.csar.reports.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.util.Base64URL;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Verifies a provider's signature of a report: a JWS in compact form with a detached payload (RFC
 * 7515 appendix F: {@code header..signature}), whose payload is the report's canonical document
 * ({@link ReportDocument}), signed with the key the provider registered (a PEM public key in the
 * registry). The algorithm follows from the key: ES256 for EC P-256, ES384 for EC P-384, RS256 for
 * RSA (2048 bits or more); an Ed25519 key is not accepted for reports. The header's {@code alg} must
 * be exactly that; {@code kid} is not needed (a provider has one key). The key is parsed and prepared
 * once ({@link VerifyingKeys}); ES256 is checked by {@link Es256Verifier}. Pure: no container.
 */
public final class ReportSignatures {

    private static final Base64.Encoder PAYLOAD = Base64.getUrlEncoder().withoutPadding();

    private ReportSignatures() {
    }

    /**
     * The algorithm of the valid signature {@code jws} over {@code document}.
     *
     * @param registeredPem the provider's registered key, if any
     * @throws SignatureRejected naming the {@link SignatureProblem}
     */
    public static JWSAlgorithm verify(String jws, byte[] document, Optional<String> registeredPem) {
        if (jws == null || jws.isBlank()) {
            throw new SignatureRejected(SignatureProblem.MISSING, "finish the report with the detached JWS of its canonical document");
        }
        String compact = jws.strip();
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[2].isEmpty()) {
            throw new SignatureRejected(SignatureProblem.MALFORMED, "not a compact JWS (header..signature)");
        }
        if (!parts[1].isEmpty()) {
            throw new SignatureRejected(SignatureProblem.MALFORMED,
                    "the payload must be detached (RFC 7515 appendix F): header..signature, with nothing between the dots");
        }
        JWSObject object;
        try {
            // The payload handed over already encoded: from bytes, Nimbus encodes it twice (the object,
            // then the signing input) with its constant-time codec, 8 % of a request thread's CPU per
            // one-call report (docs/reports.md "A counter slot per transaction"); the JDK's encoder gives
            // the same text (RFC 7515: base64url, no padding).
            object = JWSObject.parse(compact, new Payload(new Base64URL(PAYLOAD.encodeToString(document))));
        } catch (ParseException | RuntimeException e) {
            throw new SignatureRejected(SignatureProblem.MALFORMED, "the JWS header or signature cannot be read");
        }
        if (!object.getHeader().isBase64URLEncodePayload()) {
            throw new SignatureRejected(SignatureProblem.MALFORMED, "an unencoded payload (b64 false, RFC 7797) is not accepted");
        }
        VerifyingKeys.VerifyingKey key = registeredPem.flatMap(VerifyingKeys::of).orElseThrow(() -> new SignatureRejected(
                SignatureProblem.NO_KEY_REGISTERED, "the provider has no signing public key in the registry"));
        JWSAlgorithm expected = key.algorithm().orElseThrow(() -> new SignatureRejected(SignatureProblem.NO_KEY_REGISTERED,
                "the registered key (" + key.key().getAlgorithm() + ") is not of a type reports are signed with (EC P-256, EC P-384, RSA)"));
        JWSAlgorithm actual = object.getHeader().getAlgorithm();
        if (!expected.equals(actual)) {
            throw new SignatureRejected(SignatureProblem.WRONG_ALGORITHM,
                    "the registered key signs with " + expected + ", the JWS says " + printable(actual));
        }
        JWSVerifier verifier = key.verifier().orElseThrow(() -> new SignatureRejected(SignatureProblem.DOES_NOT_VERIFY,
                "the signature cannot be checked with the registered key"));
        try {
            if (!object.verify(verifier)) {
                throw new SignatureRejected(SignatureProblem.DOES_NOT_VERIFY,
                        "the signature is not the registered key's over this report's canonical document");
            }
        } catch (JOSEException e) {
            throw new SignatureRejected(SignatureProblem.DOES_NOT_VERIFY, "the signature cannot be checked with the registered key");
        }
        return expected;
    }

    /** The header's algorithm as the message may quote it: a short name of letters and digits, else not quoted. */
    static String printable(JWSAlgorithm algorithm) {
        String name = algorithm == null ? "" : algorithm.getName();
        return name.matches("[A-Za-z0-9]{1,16}") ? name : "an algorithm of another name";
    }

    /** The one algorithm a report signed with {@code key} must use, if reports may be signed with it. */
    static Optional<JWSAlgorithm> algorithmFor(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return Optional.of(JWSAlgorithm.RS256);
        }
        if (key instanceof ECPublicKey ec) {
            Curve curve = Curve.forECParameterSpec(ec.getParams());
            if (Curve.P_256.equals(curve)) {
                return Optional.of(JWSAlgorithm.ES256);
            }
            if (Curve.P_384.equals(curve)) {
                return Optional.of(JWSAlgorithm.ES384);
            }
        }
        return Optional.empty();
    }
}
