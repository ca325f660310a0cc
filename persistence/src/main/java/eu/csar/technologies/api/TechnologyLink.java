package eu.csar.technologies.api;

import java.io.Serializable;

/**
 * The register entry a detection order's technology reference names, as the order's page shows it:
 * its reference, name, version and where it stands now (an order drafted while the entry was APPROVED
 * keeps naming it after a withdrawal, and the page says so).
 */
public record TechnologyLink(TechnologyId id, String reference, String name, String version, TechnologyState state)
        implements Serializable {
}
