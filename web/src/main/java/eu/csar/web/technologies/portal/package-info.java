/**
 * The portal pages of the technology register (Art 50), for the Centre's administrators (who manage
 * it) and auditors (who read it): the register with the form to describe a new technology
 * ({@link eu.csar.web.technologies.portal.TechnologyListPage}) and one entry with its error rates, its
 * approval path (opinions, due time, the moves allowed now) and its timeline
 * ({@link eu.csar.web.technologies.portal.TechnologyDetailPage}).
 */
package eu.csar.web.technologies.portal;
