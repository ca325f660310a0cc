package eu.csar.web.registry.rest;

/** The XML namespace of the registry's SOAP contract, version 1. */
public final class RegistryXml {
    public static final String NAMESPACE = "urn:eu:csar:registry:v1";

    private RegistryXml() {
    }
}
