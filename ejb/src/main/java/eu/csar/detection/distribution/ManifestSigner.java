package eu.csar.detection.distribution;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

/**
 * Signs manifests with the Centre's P-256 key (JWS ES256, compact form). The key id in the header
 * is the key's RFC 7638 SHA-256 thumbprint, which is also the fingerprint providers pin.
 */
public final class ManifestSigner {

    /** The JWS {@code typ} of a manifest. */
    public static final String TYPE = "csar-indicator-manifest+jwt";

    private final ECKey key;

    public ManifestSigner(ECKey privateKey) {
        if (!privateKey.isPrivate()) {
            throw new IllegalArgumentException("a signer needs the private key");
        }
        this.key = privateKey;
    }

    /** The signer of a P-256 key pair (as a key store holds it). */
    public static ManifestSigner of(KeyPair pair) {
        return new ManifestSigner(toJwk(pair));
    }

    /** The key pair as a JWK whose {@code kid} is its thumbprint. */
    public static ECKey toJwk(KeyPair pair) {
        ECKey plain = new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).privateKey((ECPrivateKey) pair.getPrivate()).build();
        return new ECKey.Builder(plain).keyID(fingerprint(plain)).build();
    }

    /** The RFC 7638 SHA-256 thumbprint of a key (base64url, no padding): its key id and pinned fingerprint. */
    public static String fingerprint(JWK key) {
        try {
            return key.computeThumbprint("SHA-256").toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 thumbprint", e);
        }
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The public half, for the JWKS. */
    public ECKey publicKey() {
        return key.toPublicJWK();
    }

    /** The compact JWS of a manifest. */
    public String sign(Manifest manifest) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(new JOSEObjectType(TYPE)).build(), new Payload(manifest.toJson()));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a manifest", e);
        }
        return jws.serialize();
    }
}
