/**
 * What other contexts use of the evidence vault: the item id ({@link eu.csar.vault.api.VaultItemId})
 * that a report keeps with the content's SHA-256, the receipt of a store, the metadata view, the
 * purposes a reveal names ({@link eu.csar.vault.api.RevealPurpose}) and the error of a destroyed item.
 * The published service is {@code eu.csar.vault.application.EvidenceVault}.
 */
package eu.csar.vault.api;
