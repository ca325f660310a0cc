package eu.csar.technologies.api;

/** What a technology detects (Art 10(1), Art 50(1)): known material, new material, or grooming (solicitation of children). */
public enum TechnologyType {
    KNOWN,
    NEW,
    GROOMING
}
