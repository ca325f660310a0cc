package eu.csar.indicators.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import eu.csar.detection.distribution.IndicatorPage;
import eu.csar.detection.distribution.ManifestSigner;
import eu.csar.detection.distribution.ManifestVerifier;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorSigningKeysTest {

    @AfterEach
    void clear() {
        System.clearProperty(IndicatorSigningKeys.PATH_PROPERTY);
        System.clearProperty(IndicatorSigningKeys.PASSWORD_PROPERTY);
    }

    @Test
    void aDemoKeyIsGeneratedAtFirstUseAndAfterARotationBothKeysArePublished(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("sub/signing.p12");
        System.setProperty(IndicatorSigningKeys.PATH_PROPERTY, store.toString());
        IndicatorSigningKeys keys = new IndicatorSigningKeys();

        String first = keys.currentFingerprint();
        assertTrue(Files.exists(store), "the generated key is stored");
        assertTrue(keys.currentIsDemo());
        List<JWK> published = JWKSet.parse(keys.jwks()).getKeys();
        assertEquals(1, published.size());
        assertEquals(first, published.get(0).getKeyID());
        assertEquals(first, ManifestSigner.fingerprint(published.get(0)), "kid = RFC 7638 thumbprint");
        assertFalse(published.get(0).isPrivate(), "only the public key is published");

        IndicatorPage page = new IndicatorPage("s", 0, 1, 0, true, List.of(), List.of());
        byte[] body = page.toBytes();
        String jws = keys.signer().sign(page.manifest(body, Instant.EPOCH));
        assertEquals(1, ManifestVerifier.pinned(keys.jwks(), first).verify(jws, body).toVersion());

        // rotation as the operator does it with jboss-cli: current becomes previous, a new current
        char[] password = IndicatorSigningKeys.DEMO_PASSWORD.toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, password);
        }
        ks.setKeyEntry(IndicatorSigningKeys.PREVIOUS, ks.getKey(IndicatorSigningKeys.CURRENT, password), password,
                ks.getCertificateChain(IndicatorSigningKeys.CURRENT));
        ks.deleteEntry(IndicatorSigningKeys.CURRENT);
        try (OutputStream out = Files.newOutputStream(store)) {
            ks.store(out, password);
        }
        Files.setLastModifiedTime(store, FileTime.from(Instant.now().plusSeconds(5)));

        String second = keys.currentFingerprint();
        assertNotEquals(first, second, "a store without a current key gets a new one");
        List<String> ids = JWKSet.parse(keys.jwks()).getKeys().stream().map(JWK::getKeyID).toList();
        assertEquals(List.of(second, first), ids, "current first, then previous");
    }

    @Test
    void aStoreThatCannotBeReadIsAnError(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("signing.p12");
        Files.writeString(store, "not a key store");
        System.setProperty(IndicatorSigningKeys.PATH_PROPERTY, store.toString());
        assertThrows(IllegalStateException.class, () -> new IndicatorSigningKeys().signer());
    }
}
