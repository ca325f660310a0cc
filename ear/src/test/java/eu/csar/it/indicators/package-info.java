/** Integration tests of the indicators context (issue 9). */
package eu.csar.it.indicators;
