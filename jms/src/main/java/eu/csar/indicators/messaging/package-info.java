/** Indicators: the index-change topic (ids only) that every node's match index follows. */
package eu.csar.indicators.messaging;
