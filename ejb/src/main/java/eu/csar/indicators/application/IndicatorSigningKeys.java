package eu.csar.indicators.application;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import eu.csar.detection.distribution.ManifestSigner;
import jakarta.enterprise.context.ApplicationScoped;
import org.wildfly.security.x500.cert.SelfSignedX509CertificateAndSigningKey;

import javax.security.auth.x500.X500Principal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The Centre's indicator signing keys, held in the PKCS#12 key store that WildFly's Elytron
 * key-store {@code csar-indicator-signing} names (configure-88-indicator-signing.cli): alias
 * {@code current} signs, alias {@code previous} (after a rotation) is still published so that
 * providers can move their pin. At first start, if the store has no {@code current} key, one is
 * generated (EC P-256, self-signed certificate marked DEMO) and stored. The store is re-read when
 * its file changes, so a rotation done with jboss-cli takes effect without a redeployment.
 * Path and password: system properties {@code csar.indicators.signing.keystore} and
 * {@code csar.indicators.signing.password}, set by the same script.
 */
@ApplicationScoped
public class IndicatorSigningKeys {

    public static final String CURRENT = "current";
    public static final String PREVIOUS = "previous";
    static final String PATH_PROPERTY = "csar.indicators.signing.keystore";
    static final String PASSWORD_PROPERTY = "csar.indicators.signing.password";
    /** The demo store's password; production sets its own in the script (docs/indicator-distribution.md). */
    static final String DEMO_PASSWORD = "demo-indicator-signing";
    static final String DEMO_DN = "CN=CSAR indicator signing key (DEMO: generated at first start), O=EU Centre demo";

    private static final Logger LOG = Logger.getLogger(IndicatorSigningKeys.class.getName());

    private ManifestSigner signer;
    private List<JWK> published = List.of();
    private FileTime loadedAt;
    private boolean demo;

    /** The signer of the current key. */
    public synchronized ManifestSigner signer() {
        refresh();
        return signer;
    }

    /** The public JWKS: current key first, then the previous one if the store keeps it. */
    public synchronized String jwks() {
        refresh();
        return new JWKSet(published).toString(true);
    }

    /** The current key's fingerprint (RFC 7638 SHA-256 thumbprint, base64url): the key id providers pin. */
    public synchronized String currentFingerprint() {
        return signer().keyId();
    }

    /** Whether the current key is the demonstration key generated at first start (its certificate says DEMO). */
    public synchronized boolean currentIsDemo() {
        refresh();
        return demo;
    }

    private void refresh() {
        Path path = path();
        char[] password = System.getProperty(PASSWORD_PROPERTY, DEMO_PASSWORD).toCharArray();
        try {
            if (!Files.exists(path) || !load(path, password).containsAlias(CURRENT)) {
                generate(path, password);
            }
            FileTime modified = Files.getLastModifiedTime(path);
            if (signer != null && modified.equals(loadedAt)) {
                return;
            }
            KeyStore store = load(path, password);
            signer = ManifestSigner.of(pair(store, CURRENT, password));
            demo = store.getCertificate(CURRENT) instanceof java.security.cert.X509Certificate x509
                    && x509.getSubjectX500Principal().getName().contains("DEMO");
            List<JWK> keys = new ArrayList<>();
            keys.add(signer.publicKey());
            if (store.containsAlias(PREVIOUS)) {
                keys.add(ManifestSigner.toJwk(pair(store, PREVIOUS, password)).toPublicJWK());
            }
            published = List.copyOf(keys);
            loadedAt = modified;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the indicator signing key store " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    static Path path() {
        String configured = System.getProperty(PATH_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("jboss.server.config.dir", System.getProperty("java.io.tmpdir")), "csar-indicator-signing.p12");
    }

    private static KeyStore load(Path path, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        return store;
    }

    private static KeyPair pair(KeyStore store, String alias, char[] password) throws GeneralSecurityException {
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        Certificate cert = store.getCertificate(alias);
        if (key == null || cert == null) {
            throw new GeneralSecurityException("alias " + alias + " holds no key pair");
        }
        return new KeyPair(cert.getPublicKey(), key);
    }

    /** Adds a fresh P-256 key as {@code current} (keeping any other alias), through a temporary file. */
    private static void generate(Path path, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (Files.exists(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                store.load(in, password);
            }
        } else {
            store.load(null, password);
        }
        SelfSignedX509CertificateAndSigningKey generated = SelfSignedX509CertificateAndSigningKey.builder()
                .setDn(new X500Principal(DEMO_DN)).setKeyAlgorithmName("EC").setKeySize(256)
                .setSignatureAlgorithmName("SHA256withECDSA")
                .setNotValidAfter(ZonedDateTime.now(ZoneOffset.UTC).plusYears(10)).build();
        store.setKeyEntry(CURRENT, generated.getSigningKey(), password, new Certificate[] {generated.getSelfSignedCertificate()});
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            store.store(out, password);
        }
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.warning("generated the DEMO indicator signing key in " + path + " (first start; see docs/indicator-distribution.md)");
    }
}
