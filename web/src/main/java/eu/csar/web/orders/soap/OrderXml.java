package eu.csar.web.orders.soap;

/** The XML namespace of the orders' SOAP contract, version 1. */
public final class OrderXml {
    public static final String NAMESPACE = "urn:eu:csar:orders:v1";

    private OrderXml() {
    }
}
