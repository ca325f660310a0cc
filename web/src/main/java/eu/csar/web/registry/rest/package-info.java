/**
 * The registry's partner REST API (Art 23, 24, 33): providers keep their own entry
 * ({@code /api/v1/providers/me}), authorities and the EU Centre read the entries their tenancy allows
 * and centre admins keep them ({@code /api/v1/providers}), and anyone reads the public register
 * ({@code /api/public/register}). The representations here are shared with the SOAP endpoint
 * ({@code eu.csar.web.registry.soap}); this package declares their XML namespace.
 */
@XmlSchema(namespace = RegistryXml.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package eu.csar.web.registry.rest;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
