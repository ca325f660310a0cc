package eu.csar.web.registry;

/** The XML namespace of the registry's SOAP contract, version 1. */
final class RegistryXml {
    static final String NAMESPACE = "urn:eu:csar:registry:v1";

    private RegistryXml() {
    }
}
