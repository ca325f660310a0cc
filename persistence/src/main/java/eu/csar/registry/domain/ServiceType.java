package eu.csar.registry.domain;

/** The kinds of relevant information society services the Regulation addresses (Art 2). */
public enum ServiceType {
    HOSTING,
    INTERPERSONAL_COMMUNICATIONS,
    INTERNET_ACCESS,
    APP_STORE,
    SEARCH_ENGINE
}
