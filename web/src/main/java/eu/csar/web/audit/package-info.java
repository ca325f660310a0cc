/** The audit trail's API for auditors: browse entries and verify the hash chain. */
package eu.csar.web.audit;
