/** Indicators: SOAP endpoints. */
package eu.csar.web.indicators.soap;
