/**
 * The technology register over REST (Art 50): {@link eu.csar.web.technologies.rest.TechnologyResource},
 * the Centre's register for its administrators and auditors, and the approved list for providers and
 * authorities.
 */
package eu.csar.web.technologies.rest;
