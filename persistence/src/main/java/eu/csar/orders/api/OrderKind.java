package eu.csar.orders.api;

/**
 * The kinds of order the platform runs, as the overviews (deadline calendar, statistics) and the
 * complaints (Art 34) name them.
 */
public enum OrderKind {
    REMOVAL,
    DETECTION,
    BLOCKING,
    DELISTING;

    /** The kind of a blocking or delisting order. */
    public static OrderKind of(UrlListOrderType type) {
        return type == UrlListOrderType.BLOCKING ? BLOCKING : DELISTING;
    }
}
