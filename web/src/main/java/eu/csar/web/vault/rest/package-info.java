/** REST for the evidence vault: {@code /api/v1/vault} (audited reveal, destruction, master key rotation). */
package eu.csar.web.vault.rest;
