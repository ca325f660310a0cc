/** Indicators: REST resources. */
package eu.csar.web.indicators.rest;
