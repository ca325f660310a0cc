package eu.csar.indicators.application;

/**
 * One page of a set's snapshot or delta as it goes to the provider: the exact body bytes (JSON,
 * see {@code eu.csar.detection.distribution.IndicatorPage}) and the compact JWS manifest over them.
 */
public record SignedPage(byte[] body, String manifest, long toVersion, boolean last) {
}
