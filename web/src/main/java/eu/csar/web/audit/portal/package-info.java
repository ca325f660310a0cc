/** The auditors' screen: the filtered trail and the verification of its hash chain. */
package eu.csar.web.audit.portal;

