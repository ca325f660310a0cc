/**
 * Indicators (Art 36, 44, 46, 10, 50): the services of the indicator database, grants, distribution and matching.
 * Published to other contexts (among others): {@link eu.csar.indicators.application.KnownMaterial}, the Centre's own
 * matching for the triage of reports (and which matched indicators have a verified provenance, for their
 * automatic forwarding), and {@link eu.csar.indicators.application.IndicatorProvenances}, the matched
 * indicators with their provenance for the review desk (each read audited as {@code INDICATOR_READ}).
 */
package eu.csar.indicators.application;
