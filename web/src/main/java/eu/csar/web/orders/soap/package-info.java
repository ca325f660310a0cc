/**
 * Orders over SOAP for providers whose integration speaks SOAP: the orders addressed to the calling
 * provider (removal, detection, blocking, delisting), receipt, Annex V and Annex VI, through the same
 * services and rules as {@code eu.csar.web.orders.rest}; faults carry the same RFC 9457 problem. The
 * operations' wrapper elements and the representations are qualified in the orders' namespace.
 */
@XmlSchema(namespace = OrderXml.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package eu.csar.web.orders.soap;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
