package eu.csar.indicators.application;

import java.io.Serializable;

/**
 * One line of a match batch as the provider sent it: the kind ({@code PDQ}, {@code MD5},
 * {@code SHA256}) and the hash as hex. Checked by {@link MatchBatch}, which names the line of any
 * error, so both stay plain text here.
 */
public record HashQuery(String kind, String hash) implements Serializable {
}
