/**
 * Report intake over SOAP for providers whose integration speaks SOAP: open, attach evidence
 * (hashes, or content as base64), finish signed, retract, submit in one call, read and list, through
 * the same service ({@code ReportIntake}) and the same request and report classes as
 * {@code eu.csar.web.reports.rest}; faults carry the same RFC 9457 problem. The operations' wrapper
 * elements and the representations are qualified in the reports' namespace.
 */
@XmlSchema(namespace = ReportXml.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package eu.csar.web.reports.soap;

import eu.csar.web.reports.rest.ReportXml;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
