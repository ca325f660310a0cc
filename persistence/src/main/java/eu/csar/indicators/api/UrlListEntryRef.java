package eu.csar.indicators.api;

import java.io.Serializable;

/**
 * One entry of the EU Centre's URL list as other contexts may know it (e.g. the orders that name it,
 * Art 16-18): the indicator's id, its normalised URL and where it stands; never content.
 */
public record UrlListEntryRef(IndicatorId id, String url, IndicatorState state) implements Serializable {
}
