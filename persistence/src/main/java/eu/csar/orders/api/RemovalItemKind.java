package eu.csar.orders.api;

/** What an item of a removal order names: a URL, or a reference to content on the provider's service (never content). */
public enum RemovalItemKind {
    URL,
    CONTENT_REFERENCE
}
