/**
 * Penalties (Art 35 of COM(2022) 209): the caps a Coordinating Authority's decision must stay within
 * ({@link eu.csar.penalties.domain.PenaltyCap}) and the calculator that applies them and says how
 * ({@link eu.csar.penalties.domain.PenaltyCalculator}). The percentages come from the legal profile,
 * never from code. The penalty case file ({@link eu.csar.penalties.domain.PenaltyCase}: the factor
 * checklist of Art 35(6), the turnover, the decision kept within the cap with the calculator's steps)
 * moves by one transition table ({@link eu.csar.penalties.domain.PenaltyCaseLifecycle}).
 */
package eu.csar.penalties.domain;
