/** Indicators (Art 36, 44, 46): entities, repositories and the indicator transition table. */
package eu.csar.indicators.domain;
