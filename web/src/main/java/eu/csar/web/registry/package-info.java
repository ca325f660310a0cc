/** The registry's partner APIs: REST resources and the SOAP endpoint for providers, and the public register. */
@XmlSchema(namespace = RegistryXml.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package eu.csar.web.registry;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
