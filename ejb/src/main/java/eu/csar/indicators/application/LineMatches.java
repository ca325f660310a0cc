package eu.csar.indicators.application;

import java.io.Serializable;
import java.util.List;

/** The answer for one line of a batch: its number (1-based), kind and hash as sent (normalised), and its matches. */
public record LineMatches(int line, String kind, String hash, List<IndexHit> matches) implements Serializable {
}
