package eu.csar.vault.application;

import eu.csar.vault.domain.MasterKeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import org.wildfly.security.auth.server.IdentityCredentials;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;
import org.wildfly.security.password.interfaces.ClearPassword;

import javax.crypto.SecretKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vault's master keys, read from the Elytron credential store {@code csar-vault} that
 * {@code configure-89-vault.cli} defines (a {@code KeyStoreCredentialStore}, PKCS#12, holding
 * secret-key credentials under aliases such as {@code vault-master-1}).
 *
 * <p>How a deployment reads it: through Elytron's public {@link CredentialStore} API (server module
 * {@code org.wildfly.security.elytron}, a dependency of {@code ejb.jar} in the EAR's
 * jboss-deployment-structure.xml), opening the same store file read-only ({@code modifiable=false})
 * with the location and password the server configuration passes as the system properties
 * {@value #PATH} and {@value #PASSWORD}. The subsystem's {@code credential-store} resource stays the
 * one that writes the file ({@code generate-secret-key}, {@code remove-alias}); this class only reads.
 *
 * <p>Keys are kept in memory for {@link #TTL} at most, so an alias added by an operator is found at
 * once (a miss reloads the file) and an alias removed after a rotation is forgotten within minutes.
 */
@ApplicationScoped
public class ElytronMasterKeys implements MasterKeyRing {

    static final String PATH = "csar.vault.credential-store.path";
    static final String PASSWORD = "csar.vault.credential-store.password";
    static final Duration TTL = Duration.ofMinutes(5);

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Override
    public Optional<SecretKey> key(String alias) {
        Cached cached = cache.get(alias);
        if (cached != null && cached.loadedAt.plus(TTL).isAfter(Instant.now())) {
            return Optional.of(cached.key);
        }
        Optional<SecretKey> key = read(storePath(), System.getProperty(PASSWORD), alias);
        key.ifPresentOrElse(k -> cache.put(alias, new Cached(k, Instant.now())), () -> cache.remove(alias));
        return key;
    }

    static Path storePath() {
        String configured = System.getProperty(PATH);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.config.dir", "."), "csar-vault.cs");
    }

    /** The secret key under {@code alias} in the store file, or empty if the file or the alias is missing. */
    static Optional<SecretKey> read(Path store, String password, String alias) {
        if (!Files.isRegularFile(store)) {
            throw new IllegalStateException("The vault's credential store " + store + " does not exist: apply configure-89-vault.cli");
        }
        if (password == null) {
            throw new IllegalStateException("System property " + PASSWORD + " is not set: apply configure-89-vault.cli");
        }
        try {
            CredentialStore cs = CredentialStore.getInstance("KeyStoreCredentialStore", WildFlyElytronCredentialStoreProvider.getInstance());
            cs.initialize(Map.of("location", store.toString(), "modifiable", "false", "keyStoreType", "PKCS12"),
                    new CredentialStore.CredentialSourceProtectionParameter(IdentityCredentials.NONE.withCredential(
                            new PasswordCredential(ClearPassword.createRaw(ClearPassword.ALGORITHM_CLEAR, password.toCharArray())))));
            SecretKeyCredential credential = cs.retrieve(alias, SecretKeyCredential.class);
            return Optional.ofNullable(credential).map(SecretKeyCredential::getSecretKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The vault's credential store " + store + " cannot be read: " + e.getMessage(), e);
        }
    }

    private record Cached(SecretKey key, Instant loadedAt) {
    }
}
