/**
 * What other contexts may use of the indicators context: typed ids, the kinds, states and
 * provenance classes of indicators, the grant vocabulary, and the {@link eu.csar.indicators.api.IndicatorsChanged}
 * event the index-change topic relays. The published services live in
 * {@code eu.csar.indicators.application}.
 */
package eu.csar.indicators.api;
