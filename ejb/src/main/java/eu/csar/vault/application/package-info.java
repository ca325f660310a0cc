/**
 * The evidence vault's services (issue 11, section 1; docs/vault.md).
 *
 * <p>{@link eu.csar.vault.application.EvidenceVault} is published to every context that attaches
 * content data (the reports' intake, later the review desk): store, audited reveal with a purpose,
 * destroy, and the master key rotation. {@link eu.csar.vault.application.ElytronMasterKeys} reads the
 * master keys from the WildFly credential store; {@link eu.csar.vault.application.MasterKeyRotation}
 * holds the rotation's steps, each in its own transaction.
 */
package eu.csar.vault.application;
