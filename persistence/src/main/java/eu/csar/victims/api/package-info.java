/**
 * What the web tier may know of victim cases (Art 20-21 of COM(2022) 209): the case's typed id and
 * the outcomes of a sign-in on the victim page.
 */
package eu.csar.victims.api;
