/** Indicators: portal pages. */
package eu.csar.web.indicators.portal;
