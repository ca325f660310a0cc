/**
 * Transparency reports (Art 83-84): {@link eu.csar.transparency.application.TransparencyReports}
 * generates a report's draft from the aggregate counters, publishes it (immutable, versioned,
 * audited) and reads it with its tenancy (a Coordinating Authority its own Member State's and its
 * providers', a provider its own); {@link eu.csar.transparency.application.TransparencyDocuments}
 * renders the CSV and PDF with small counts suppressed.
 */
package eu.csar.transparency.application;
