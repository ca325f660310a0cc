/** Indicators (Art 36, 44, 46, 10, 50): the services of the indicator database, grants, distribution and matching. */
package eu.csar.indicators.application;
