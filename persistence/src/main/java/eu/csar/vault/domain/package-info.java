/**
 * The evidence vault (issue 11, section 1): reports carry content data (Art 13(1)(c) of
 * COM(2022) 209), which the EU Centre keeps in its database of reports (Art 45) under the access and
 * security rules of Art 46 and the data protection rules of Art 51: content data encrypted at rest with a data key per item
 * ({@link eu.csar.vault.domain.EnvelopeCipher}: AES-256-GCM, the data key wrapped by a master key of
 * the WildFly credential store), kept apart from case data (tables {@code vault_*}), destroyed by
 * deleting its wrapped key ({@link eu.csar.vault.domain.VaultTombstone} says when and why). Every
 * access is audited ({@link eu.csar.vault.domain.VaultAction}); docs/vault.md has the key hierarchy
 * and the rotation.
 */
package eu.csar.vault.domain;
