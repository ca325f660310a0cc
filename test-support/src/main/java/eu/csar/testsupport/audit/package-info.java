/**
 * Test-only controls for the audit trail: {@link eu.csar.testsupport.audit.AuditThroughput} measures
 * how many audit appends per second the trail takes on its own, with M concurrent writers.
 */
package eu.csar.testsupport.audit;
