package eu.csar.orders.api;

/** The kinds of order the platform runs, as the overviews (deadline calendar, statistics) name them. */
public enum OrderKind {
    REMOVAL,
    BLOCKING,
    DELISTING,
    DETECTION;

    /** The kind of a blocking or delisting order. */
    public static OrderKind of(UrlListOrderType type) {
        return type == UrlListOrderType.BLOCKING ? BLOCKING : DELISTING;
    }
}
