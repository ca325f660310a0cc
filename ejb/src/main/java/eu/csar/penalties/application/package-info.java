/**
 * The penalties context's services (Art 35 of COM(2022) 209): {@link eu.csar.penalties.application.PenaltyCalculations}
 * reads the caps from the legal profile a Coordinating Authority names and applies them to a proposed
 * penalty; {@link eu.csar.penalties.application.PenaltyCases}, the Coordinating Authorities' penalty
 * case files (open against a provider under their jurisdiction, factor checklist of Art 35(6),
 * turnover, decision within the cap, close, withdraw; scoped to the Member State, every read audited).
 * Nothing here is meant for other contexts yet.
 */
package eu.csar.penalties.application;
