package eu.csar.vault.domain;

import javax.crypto.SecretKey;
import java.util.Optional;

/**
 * The master keys by alias (in WildFly: the secret keys of the vault's Elytron credential store).
 * The vault never stores a master key; it names the alias beside every wrapped data key.
 */
public interface MasterKeyRing {

    /** The AES key under this alias, or empty if the store has none (never created, or removed after a rotation). */
    Optional<SecretKey> key(String alias);
}
