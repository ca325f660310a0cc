/**
 * The registry's SOAP endpoint for providers whose integration speaks SOAP: the same operations,
 * services and representations ({@code eu.csar.web.registry.rest}) as the REST API, and faults that
 * carry the same RFC 9457 problem. The operations' wrapper elements are qualified in the registry's
 * namespace, like the representations.
 */
@XmlSchema(namespace = RegistryXml.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package eu.csar.web.registry.soap;

import eu.csar.web.registry.rest.RegistryXml;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
