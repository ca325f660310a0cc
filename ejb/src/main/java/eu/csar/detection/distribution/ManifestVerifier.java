package eu.csar.detection.distribution;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.text.ParseException;
import java.util.Map;

/**
 * Verifies a page against its manifest with the one key whose fingerprint the provider pinned:
 * the key is chosen by its computed thumbprint (never by trusting the header's {@code kid} alone),
 * the JWS must be ES256 by that key, and the manifest's digest must be that of the body received.
 */
public final class ManifestVerifier {

    private final ECKey key;
    private final String pin;

    private ManifestVerifier(ECKey key, String pin) {
        this.key = key;
        this.pin = pin;
    }

    /** The verifier of the key in {@code jwks} whose RFC 7638 thumbprint is {@code pin}; refused if there is none. */
    public static ManifestVerifier pinned(String jwks, String pin) throws DistributionException {
        JWKSet set;
        try {
            set = JWKSet.parse(jwks);
        } catch (ParseException e) {
            throw new DistributionException("the Centre's key set is not a JWKS", e);
        }
        for (JWK k : set.getKeys()) {
            if (k instanceof ECKey ec && !ec.isPrivate() && ManifestSigner.fingerprint(ec).equals(pin)) {
                return new ManifestVerifier(ec, pin);
            }
        }
        throw new DistributionException("no key of the Centre has the pinned fingerprint " + pin);
    }

    /** The verifier of one public key (its thumbprint is the pin). */
    public static ManifestVerifier of(ECKey publicKey) {
        ECKey pub = publicKey.toPublicJWK();
        return new ManifestVerifier(pub, ManifestSigner.fingerprint(pub));
    }

    /** The manifest, if {@code jws} is a valid signature of the pinned key over a manifest of exactly {@code body}. */
    public Manifest verify(String jws, byte[] body) throws DistributionException {
        if (jws == null || jws.isBlank()) {
            throw new DistributionException("the page carries no signed manifest");
        }
        JWSObject object;
        try {
            object = JWSObject.parse(jws.strip());
        } catch (ParseException e) {
            throw new DistributionException("the manifest is not a compact JWS", e);
        }
        if (!JWSAlgorithm.ES256.equals(object.getHeader().getAlgorithm())) {
            throw new DistributionException("the manifest is signed with " + object.getHeader().getAlgorithm() + ", not ES256");
        }
        if (!pin.equals(object.getHeader().getKeyID())) {
            throw new DistributionException("the manifest is signed by key " + object.getHeader().getKeyID() + ", not the pinned " + pin);
        }
        try {
            if (!object.verify(new ECDSAVerifier(key))) {
                throw new DistributionException("the manifest's signature is not valid for the pinned key");
            }
        } catch (JOSEException e) {
            throw new DistributionException("the manifest's signature cannot be checked", e);
        }
        Map<String, Object> claims = object.getPayload().toJSONObject();
        if (claims == null) {
            throw new DistributionException("the manifest's payload is not a JSON object");
        }
        Manifest manifest = Manifest.fromJson(claims);
        if (!manifest.sha256().equals(Manifest.sha256(body))) {
            throw new DistributionException("the page body does not match its manifest (sha256 differs)");
        }
        return manifest;
    }

    public String pin() {
        return pin;
    }
}
