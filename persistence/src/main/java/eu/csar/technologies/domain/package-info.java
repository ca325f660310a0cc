/**
 * The technology register (Art 50 of COM(2022) 209): the detection technologies the EU Centre makes
 * available to providers free of charge, each with its version, type and documented error rates
 * ({@link eu.csar.technologies.domain.Technology}), listed only after the opinions of the Technology
 * Committee and of the EDPB, each due within the legal profile's period (8 weeks, extendable once by
 * 6: {@code technology.opinion-period}, {@code technology.opinion-extension}). The approval path moves
 * by one transition table ({@link eu.csar.technologies.domain.TechnologyLifecycle}); every move writes a
 * history row.
 */
package eu.csar.technologies.domain;
