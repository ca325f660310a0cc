/**
 * Penalties (Art 35 of COM(2022) 209): the caps a Coordinating Authority's decision must stay within
 * ({@link eu.csar.penalties.domain.PenaltyCap}) and the calculator that applies them and says how
 * ({@link eu.csar.penalties.domain.PenaltyCalculator}). The percentages come from the legal profile,
 * never from code. Penalty case files (the factor checklist of Art 35(6), the decision) are to come.
 */
package eu.csar.penalties.domain;
