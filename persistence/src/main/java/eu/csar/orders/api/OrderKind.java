package eu.csar.orders.api;

/**
 * The kinds of order a complaint may concern (Art 34), each named with the object type it has on
 * the audit trail and in not-found problems.
 */
public enum OrderKind {
    REMOVAL("RemovalOrder"),
    DETECTION("DetectionOrder"),
    BLOCKING("BlockingOrder"),
    DELISTING("DelistingOrder");

    private final String objectType;

    OrderKind(String objectType) {
        this.objectType = objectType;
    }

    public String objectType() {
        return objectType;
    }
}
