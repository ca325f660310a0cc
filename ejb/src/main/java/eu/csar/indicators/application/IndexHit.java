package eu.csar.indicators.application;

import eu.csar.indicators.api.IndicatorId;
import eu.csar.indicators.api.ProvenanceSource;

import java.io.Serializable;
import java.util.List;

/**
 * One indicator a hash matched: the indicator, the code of its set, the Hamming distance (0 for
 * digests) and the classes of its live provenance links, never a decision reference.
 */
public record IndexHit(IndicatorId indicator, String set, int distance, List<ProvenanceSource> provenance) implements Serializable {
}
