/**
 * The partner API of report intake (Art 12-13 of COM(2022) 209): {@code /api/v1/reports} for providers
 * (open, attach evidence, finish signed, retract, read, list their own; one-call submission at
 * {@code /api/v1/reports/complete}). Writes take an {@code Idempotency-Key}; docs/reports.md. The
 * requests and representations here are shared with the SOAP endpoint ({@code eu.csar.web.reports.soap}),
 * so that both read and write a report the same way; this package declares their XML namespace.
 */
@XmlSchema(namespace = ReportXml.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package eu.csar.web.reports.rest;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
