/** The auditor's screen: browse and filter the audit trail, verify its hash chain. */
package eu.csar.web.audit;
