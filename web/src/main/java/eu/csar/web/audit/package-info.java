/** The audit trail on the web: the auditors' API and screen to browse entries and verify the hash chain. */
package eu.csar.web.audit;
