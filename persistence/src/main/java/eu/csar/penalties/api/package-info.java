/**
 * What other contexts and the web tier may know of penalties (Art 35 of COM(2022) 209): the kinds of
 * penalty with the cap each has in the legal profile ({@link eu.csar.penalties.api.PenaltyKind}), the
 * question a Coordinating Authority asks the calculator ({@link eu.csar.penalties.api.PenaltyQuestion})
 * and its answer, the cap and how it was reached ({@link eu.csar.penalties.api.PenaltyCalculation});
 * the penalty case's id, states, link kinds and factor assessments.
 */
package eu.csar.penalties.api;
