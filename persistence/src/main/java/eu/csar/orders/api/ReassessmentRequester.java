package eu.csar.orders.api;

/** Who asks for a blocked URL to be reassessed as mistaken (Art 18): the provider, or one of its users. */
public enum ReassessmentRequester {
    PROVIDER,
    USER
}
