package eu.csar.indicators.api;

/**
 * One ACTIVE indicator that a hash matches, for the Centre's own matching (triage of reports):
 * {@code index} is the hash's position in the list asked about (0-based), {@code distance} the
 * Hamming distance for PDQ (0 for a digest).
 */
public record KnownMaterialMatch(int index, IndicatorId indicator, String set, int distance) {
}
