/**
 * The registry's web side (Art 23, 24, 33). Partner APIs: REST resources and the SOAP endpoint for
 * providers, and the public register. Portal screens: the provider list and detail for centre staff
 * and, read-only and limited to their jurisdiction, for national authorities; the edit form for
 * centre admins; and the public register page without login.
 */
@XmlSchema(namespace = RegistryXml.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package eu.csar.web.registry;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
