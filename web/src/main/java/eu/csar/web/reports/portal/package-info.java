/** Reports in the portal: the operator screen of the detection jobs on the triage dead-letter queue (issue 11 §2). */
package eu.csar.web.reports.portal;
