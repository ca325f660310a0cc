/**
 * The penalties context over REST: {@link eu.csar.web.penalties.rest.PenaltyCalculationResource}, the
 * Coordinating Authorities' calculator of the caps of Art 35, and
 * {@link eu.csar.web.penalties.rest.PenaltyCaseResource}, their penalty case files.
 */
package eu.csar.web.penalties.rest;
