package eu.csar.indicators.application;

import java.io.Serializable;
import java.util.List;

/** The answer to one match call: every line in order, and the totals the audit entry records. */
public record MatchResult(int hashes, int matches, List<LineMatches> lines) implements Serializable {
}
