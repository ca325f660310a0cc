package eu.csar.indicators.application;

import eu.csar.indicators.api.GrantId;
import eu.csar.indicators.api.IndicatorSetId;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A provider's grants live now for one kind of access, as a match call needs them: their ids (the
 * audit entry names them) and the sets they open, sub-sets included; empty without a live grant.
 */
public record LiveGrants(List<GrantId> grants, Set<IndicatorSetId> sets) implements Serializable {
}
