/**
 * What other contexts and the web tier may know of the technology register (Art 50 of COM(2022) 209):
 * an entry's id ({@link eu.csar.technologies.api.TechnologyId}), its states
 * ({@link eu.csar.technologies.api.TechnologyState}), its type ({@link eu.csar.technologies.api.TechnologyType})
 * and the public shape of an approved entry ({@link eu.csar.technologies.api.ApprovedTechnology}: what
 * providers and authorities see, without the Centre's internal notes).
 */
package eu.csar.technologies.api;
