/**
 * Transparency reports (Art 83-84 of COM(2022) 209): what other contexts and the web tier may use: the
 * report's identity, its kinds and the figures it counts. The figures are maintained by database
 * triggers on the other contexts' tables (V47), so no context calls this one to be counted.
 */
package eu.csar.transparency.api;
