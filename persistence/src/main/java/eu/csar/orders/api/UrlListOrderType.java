package eu.csar.orders.api;

/**
 * The orders that name entries of the EU Centre's URL list: a BLOCKING order (Art 16-18 of
 * COM(2022) 209) to an internet access provider, a DELISTING order (Council general approach 2025)
 * to a search engine. Each names the {@code orders.types} item a legal profile must list for it and
 * the registry service type its addressee must offer.
 */
public enum UrlListOrderType {
    BLOCKING("BLOCKING_ORDER", "INTERNET_ACCESS", "blocking order", "BlockingOrder"),
    DELISTING("DELISTING_ORDER", "SEARCH_ENGINE", "delisting order", "DelistingOrder");

    private final String profileOrderType;
    private final String serviceType;
    private final String label;
    private final String objectType;

    UrlListOrderType(String profileOrderType, String serviceType, String label, String objectType) {
        this.profileOrderType = profileOrderType;
        this.serviceType = serviceType;
        this.label = label;
        this.objectType = objectType;
    }

    /** The item of the profile's {@code orders.types} list that provides this kind of order. */
    public String profileOrderType() {
        return profileOrderType;
    }

    /** The registry's service type the addressee must offer (its {@code ServiceType} name). */
    public String serviceType() {
        return serviceType;
    }

    /** "blocking order", for messages. */
    public String label() {
        return label;
    }

    /** The object type on the audit trail and in not-found problems. */
    public String objectType() {
        return objectType;
    }
}
