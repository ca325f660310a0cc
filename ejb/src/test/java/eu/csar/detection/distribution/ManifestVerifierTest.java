package eu.csar.detection.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestVerifierTest {

    static final Instant ISSUED = Instant.parse("2026-12-02T01:00:00Z");
    static final String PDQ = "f".repeat(64);

    static KeyPair pair() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    static IndicatorPage page() {
        return new IndicatorPage("known-images", 3, 9, 0, true,
                List.of(new IndicatorPage.Entry("a1", "PDQ", PDQ, 90)), List.of(new IndicatorPage.Entry("r1", "PDQ", "0".repeat(64), null)));
    }

    @Test
    void aSignedPageVerifiesAgainstThePinnedKeyFromTheJwks() throws Exception {
        ManifestSigner signer = ManifestSigner.of(pair());
        ManifestSigner other = ManifestSigner.of(pair());
        IndicatorPage page = page();
        byte[] body = page.toBytes();
        String jws = signer.sign(page.manifest(body, ISSUED));
        String jwks = new JWKSet(List.of(other.publicKey(), signer.publicKey())).toString(true);

        Manifest m = ManifestVerifier.pinned(jwks, signer.keyId()).verify(jws, body);

        assertEquals(new Manifest("known-images", 3, 9, 0, 2, true, Manifest.sha256(body), ISSUED), m);
        assertEquals(signer.keyId(), ManifestSigner.fingerprint(signer.publicKey()), "key id = RFC 7638 thumbprint");
        assertEquals(43, signer.keyId().length(), "base64url SHA-256");
        assertEquals(page, IndicatorPage.parse(body), "the body parses back to the page");
    }

    @Test
    void aTamperedBodyIsRefused() throws Exception {
        ManifestSigner signer = ManifestSigner.of(pair());
        byte[] body = page().toBytes();
        String jws = signer.sign(page().manifest(body, ISSUED));
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("\"quality\":90", "\"quality\":91").getBytes(StandardCharsets.UTF_8);

        DistributionException e = assertThrows(DistributionException.class, () -> ManifestVerifier.of(signer.publicKey()).verify(jws, tampered));
        assertTrue(e.getMessage().contains("sha256"), e.getMessage());
    }

    @Test
    void aTamperedManifestIsRefused() throws Exception {
        ManifestSigner signer = ManifestSigner.of(pair());
        IndicatorPage page = page();
        byte[] body = page.toBytes();
        String[] parts = signer.sign(page.manifest(body, ISSUED)).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"toVersion\":9", "\"toVersion\":99");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        DistributionException e = assertThrows(DistributionException.class, () -> ManifestVerifier.of(signer.publicKey()).verify(tampered, body));
        assertTrue(e.getMessage().contains("signature is not valid"), e.getMessage());
    }

    @Test
    void aManifestSignedByAnotherKeyOrMissingIsRefused() throws Exception {
        ManifestSigner centre = ManifestSigner.of(pair());
        ManifestSigner attacker = ManifestSigner.of(pair());
        byte[] body = page().toBytes();
        String forged = attacker.sign(page().manifest(body, ISSUED));
        ManifestVerifier verifier = ManifestVerifier.of(centre.publicKey());

        assertThrows(DistributionException.class, () -> verifier.verify(forged, body));
        assertThrows(DistributionException.class, () -> verifier.verify(null, body));
        assertThrows(DistributionException.class, () -> verifier.verify("not.a-jws", body));
        // the attacker's key in the JWKS does not help: the pin selects the key by its thumbprint
        String jwks = new JWKSet(List.of(attacker.publicKey())).toString(true);
        assertThrows(DistributionException.class, () -> ManifestVerifier.pinned(jwks, centre.keyId()));
        assertThrows(DistributionException.class, () -> ManifestVerifier.pinned("{", centre.keyId()));
    }

    @Test
    void aMalformedBodyIsRefused() {
        assertThrows(DistributionException.class, () -> IndicatorPage.parse("{\"set\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(DistributionException.class, () -> IndicatorPage.parse("nope".getBytes(StandardCharsets.UTF_8)));
    }
}
