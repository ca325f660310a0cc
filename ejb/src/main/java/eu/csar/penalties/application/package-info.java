/**
 * The penalties context's services (Art 35 of COM(2022) 209): {@link eu.csar.penalties.application.PenaltyCalculations}
 * reads the caps from the legal profile a Coordinating Authority names and applies them to a proposed
 * penalty. Nothing here is meant for other contexts yet.
 */
package eu.csar.penalties.application;
