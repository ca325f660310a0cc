package eu.csar.orders.api;

/** What the provider did with the items (Annex VI): removed them, or disabled access to them in all Member States (Art 14(1)). */
public enum ExecutionMeasure {
    REMOVED,
    DISABLED
}
