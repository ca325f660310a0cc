package eu.csar.vault.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wildfly.security.auth.server.IdentityCredentials;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;
import org.wildfly.security.password.interfaces.ClearPassword;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The master keys are read with Elytron's own credential store implementation, from a store written
 * the way the subsystem's {@code generate-secret-key} writes it (a KeyStoreCredentialStore in PKCS#12),
 * outside WildFly.
 */
class ElytronMasterKeysTest {

    @TempDir
    Path dir;

    private SecretKey writeStore(Path file, String password, String alias) throws Exception {
        CredentialStore cs = CredentialStore.getInstance("KeyStoreCredentialStore", WildFlyElytronCredentialStoreProvider.getInstance());
        cs.initialize(Map.of("location", file.toString(), "modifiable", "true", "create", "true", "keyStoreType", "PKCS12"),
                new CredentialStore.CredentialSourceProtectionParameter(IdentityCredentials.NONE.withCredential(
                        new PasswordCredential(ClearPassword.createRaw(ClearPassword.ALGORITHM_CLEAR, password.toCharArray())))));
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        SecretKey key = generator.generateKey();
        cs.store(alias, new SecretKeyCredential(key));
        cs.flush();
        return key;
    }

    @Test
    void theSecretKeyUnderAnAliasIsReadFromTheStoreFile() throws Exception {
        Path file = dir.resolve("csar-vault.cs");
        SecretKey written = writeStore(file, "demo-vault-store", "vault-master-1");

        Optional<SecretKey> read = ElytronMasterKeys.read(file, "demo-vault-store", "vault-master-1");

        assertArrayEquals(written.getEncoded(), read.orElseThrow().getEncoded());
        assertEquals(32, read.get().getEncoded().length);
        assertEquals(Optional.empty(), ElytronMasterKeys.read(file, "demo-vault-store", "vault-master-2"));
    }

    @Test
    void aWrongPasswordOrAMissingStoreSaysWhatIsWrong() throws Exception {
        Path file = dir.resolve("csar-vault.cs");
        writeStore(file, "demo-vault-store", "vault-master-1");

        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> ElytronMasterKeys.read(file, "not-it", "vault-master-1"));
        assertTrue(wrong.getMessage().contains("cannot be read"), wrong.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> ElytronMasterKeys.read(dir.resolve("absent.cs"), "demo-vault-store", "vault-master-1"));
        assertTrue(missing.getMessage().contains("configure-89-vault.cli"), missing.getMessage());
        IllegalStateException noPassword = assertThrows(IllegalStateException.class, () -> ElytronMasterKeys.read(file, null, "vault-master-1"));
        assertTrue(noPassword.getMessage().contains(ElytronMasterKeys.PASSWORD), noPassword.getMessage());
    }

    @Test
    void theStoreIsFoundInTheServerConfigurationDirectoryUnlessConfigured() {
        String before = System.getProperty(ElytronMasterKeys.PATH);
        try {
            System.clearProperty(ElytronMasterKeys.PATH);
            assertEquals("csar-vault.cs", ElytronMasterKeys.storePath().getFileName().toString());
            System.setProperty(ElytronMasterKeys.PATH, dir.resolve("x.cs").toString());
            assertEquals(dir.resolve("x.cs"), ElytronMasterKeys.storePath());
        } finally {
            if (before == null) {
                System.clearProperty(ElytronMasterKeys.PATH);
            } else {
                System.setProperty(ElytronMasterKeys.PATH, before);
            }
        }
    }
}
